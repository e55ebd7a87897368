import type { Store } from "../store/db";
import { prepareStoreFromEnv } from "./prepare";

/**
 * The server's one store, prepared on first use. It lives on `globalThis` so hot reload in
 * development does not open a new pool per edit. A failed preparation is forgotten, so the next
 * request tries again (e.g. once PostgreSQL is back).
 */
const holder = globalThis as unknown as { __atlasStore?: Promise<Store> };

export function getStore(): Promise<Store> {
  if (!holder.__atlasStore) {
    holder.__atlasStore = prepareStoreFromEnv().then(
      (p) => p.store,
      (error: unknown) => {
        holder.__atlasStore = undefined;
        throw error;
      },
    );
  }
  return holder.__atlasStore;
}
