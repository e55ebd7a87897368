import { randomBytes } from "node:crypto";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import pg from "pg";
import { afterEach, beforeEach, inject } from "vitest";
import { migrateToLatest, openStore, type Store, type StoreConfig } from "./db";

/** Both stores the product supports; store suites run once for each. */
export const STORE_DIALECTS = ["sqlite", "postgres"] as const;
export type TestDialect = (typeof STORE_DIALECTS)[number];

interface TestStore {
  config: StoreConfig;
  open(): Promise<Store>;
  /** Removes the database (file or PostgreSQL database). */
  destroy(): Promise<void>;
}

/** A fresh, empty database of the given dialect: a temp SQLite file, or a new PostgreSQL database. */
export async function createTestStore(dialect: TestDialect, pgUrl: string): Promise<TestStore> {
  if (dialect === "sqlite") {
    const dir = mkdtempSync(join(tmpdir(), "atlas-sqlite-"));
    const config: StoreConfig = { dialect: "sqlite", path: join(dir, "atlas.db") };
    return {
      config,
      open: () => openStore(config),
      destroy: async () => rmSync(dir, { recursive: true, force: true }),
    };
  }
  const name = `atlas_test_${randomBytes(6).toString("hex")}`;
  await adminQuery(pgUrl, `CREATE DATABASE ${name}`);
  const url = new URL(pgUrl);
  url.pathname = `/${name}`;
  const config: StoreConfig = { dialect: "postgres", url: url.toString(), connectTimeoutMs: 5000 };
  return {
    config,
    open: () => openStore(config),
    destroy: () => adminQuery(pgUrl, `DROP DATABASE IF EXISTS ${name} WITH (FORCE)`),
  };
}

async function adminQuery(pgUrl: string, text: string): Promise<void> {
  const client = new pg.Client({ connectionString: pgUrl });
  await client.connect();
  try {
    await client.query(text);
  } finally {
    await client.end();
  }
}

/**
 * Registers hooks that give each test a fresh, migrated store of `dialect` and remove it after.
 * Call inside a `describe`; read the store through the returned getter.
 */
export function useMigratedStore(dialect: TestDialect): () => Store {
  let testStore: TestStore | undefined;
  let store: Store | undefined;
  beforeEach(async () => {
    testStore = await createTestStore(dialect, inject("pgUrl"));
    store = await testStore.open();
    await migrateToLatest(store.db);
  });
  afterEach(async () => {
    await store?.close();
    await testStore?.destroy();
  });
  return () => {
    if (!store) throw new Error("useMigratedStore: the store exists only inside a test");
    return store;
  };
}
