import type { Migration, MigrationProvider } from "kysely";
import * as m0001 from "./0001_initial";
import * as m0002 from "./0002_pool_servers";
import * as m0005 from "./0005_monitor";

/**
 * Versioned migrations, listed statically (not read from disk) so they survive bundling by
 * Next.js. Append new ones; never edit one that has shipped.
 */
const migrations: Record<string, Migration> = {
  "0001_initial": m0001,
  "0002_pool_servers": m0002,
  // 0003 and 0004 are taken by the live-data and crawler work.
  "0005_monitor": m0005,
};

export const migrationProvider: MigrationProvider = {
  getMigrations: async () => migrations,
};
