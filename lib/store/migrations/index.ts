import type { Migration, MigrationProvider } from "kysely";
import * as m0001 from "./0001_initial";
import * as m0002 from "./0002_pool_servers";
import * as m0003 from "./0003_live_ingest";
import * as m0005 from "./0005_monitor";
import * as m0006 from "./0006_snapshots";
import * as m0007 from "./0007_default_rules";
import * as m0008 from "./0008_weekly_share_week_start";
import * as m0009 from "./0009_pool_shares_by_period";
import * as m0010 from "./0010_no_modeled_shares";
import * as m0011 from "./0011_evidence";
import * as m0012 from "./0012_evidence_rules";
import * as m0020 from "./0020_worker_status";
import * as m0021 from "./0021_rate_limits";
import * as m0022 from "./0022_snapshot_client";
import * as m0023 from "./0023_evidence_periods";
import * as m0025 from "./0025_settings";
import * as m0026 from "./0026_block_attribution";
import * as m0027 from "./0027_node_country_months";
import * as m0028 from "./0028_nakamoto_rule";
import * as m0030 from "./0030_estimate_inputs";

/**
 * Versioned migrations, listed statically (not read from disk) so they survive bundling by
 * Next.js. Kysely applies them in name order. Append new ones; never edit one that has shipped.
 */
const migrations: Record<string, Migration> = {
  "0001_initial": m0001,
  "0002_pool_servers": m0002,
  "0003_live_ingest": m0003,
  // 0004 is the crawler's.
  "0005_monitor": m0005,
  "0006_snapshots": m0006,
  "0007_default_rules": m0007,
  "0008_weekly_share_week_start": m0008,
  "0009_pool_shares_by_period": m0009,
  "0010_no_modeled_shares": m0010,
  "0011_evidence": m0011,
  "0012_evidence_rules": m0012,
  "0020_worker_status": m0020,
  "0021_rate_limits": m0021,
  "0022_snapshot_client": m0022,
  "0023_evidence_periods": m0023,
  "0030_estimate_inputs": m0030,
  "0025_settings": m0025,
  "0026_block_attribution": m0026,
  "0027_node_country_months": m0027,
  "0028_nakamoto_rule": m0028,
};

export const migrationProvider: MigrationProvider = {
  getMigrations: async () => migrations,
};
