import { env } from "../env";
import { importSeed, type SeedImportResult } from "../seed/import";
import { loadSeedBundle } from "../seed/load";
import { migrateToLatest, openStore, type Store, type StoreConfig, storeConfigFrom } from "./db";

export interface Prepared {
  store: Store;
  migrations: string[];
  seed: SeedImportResult;
}

/**
 * Everything a fresh or existing database needs before serving: open, migrate, import the seed.
 * The seed is read and validated in full before the first write.
 */
export async function prepareStore(config: StoreConfig, seedDir: string): Promise<Prepared> {
  const bundle = await loadSeedBundle(seedDir);
  const store = await openStore(config);
  try {
    const migrations = await migrateToLatest(store.db);
    const seed = await importSeed(store.db, bundle);
    return { store, migrations, seed };
  } catch (error) {
    await store.close().catch(() => {});
    throw error;
  }
}

export function prepareStoreFromEnv(): Promise<Prepared> {
  const e = env();
  return prepareStore(storeConfigFrom(e), e.ATLAS_SEED_DIR);
}
