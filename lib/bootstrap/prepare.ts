import { env } from "../env";
import { detectShifts } from "../monitor/detect-shifts";
import { importSeed, type SeedImportResult } from "../seed/import";
import { loadSeedBundle } from "../seed/load";
import {
  migrateToLatest,
  openStore,
  type Store,
  type StoreConfig,
  storeConfigFrom,
} from "../store/db";
import { secretKeyFromEnv } from "../store/secret-box";
import { sealPlainSecrets } from "../store/webhooks";

interface Prepared {
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
    // The seed is an ingest like any other: shift detection follows it, so a fresh install
    // already lists the shifts in its bundled history. Re-running finds nothing new.
    if (seed.imported.length > 0) await detectShifts(store.db);
    return { store, migrations, seed };
  } catch (error) {
    await store.close().catch(() => {});
    throw error;
  }
}

/** prepareStore for this instance; with ATLAS_SECRET_KEY set, webhook secrets stored before it get sealed. */
export async function prepareStoreFromEnv(): Promise<Prepared> {
  const e = env();
  const prepared = await prepareStore(storeConfigFrom(e), e.ATLAS_SEED_DIR);
  const key = secretKeyFromEnv();
  if (key) await sealPlainSecrets(prepared.store.db, key);
  return prepared;
}
