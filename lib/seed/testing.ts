import type { Store } from "../store/db";
import { importSeed } from "./import";
import { loadSeedBundle } from "./load";

/** Imports the bundled seed (data/seed/) into a test's store, as `npm start` would. */
export async function importBundledSeed(store: Store): Promise<void> {
  await importSeed(store.db, await loadSeedBundle("data/seed"));
}
