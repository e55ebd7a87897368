import type { Migration, MigrationProvider } from "kysely";
import * as m0001 from "./0001_initial";
import * as m0002 from "./0002_pool_servers";
import * as m0003 from "./0003_live_ingest";

/**
 * Versioned migrations, listed statically (not read from disk) so they survive bundling by
 * Next.js. Append new ones; never edit one that has shipped.
 */
const migrations: Record<string, Migration> = {
  "0001_initial": m0001,
  "0002_pool_servers": m0002,
  "0003_live_ingest": m0003,
};

export const migrationProvider: MigrationProvider = {
  getMigrations: async () => migrations,
};
