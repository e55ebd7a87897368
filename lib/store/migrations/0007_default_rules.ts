import type { Kysely } from "kysely";
import { installRules, removeRules } from "./install-rules";

/**
 * The shipped shift rules, installed once per database. As a migration (not "if the table is
 * empty"), an operator who deletes rules — even all of them — never sees them come back. The
 * values are written out here, not imported, so this migration means the same forever.
 */
const DEFAULTS: { id: string; params: Record<string, unknown> }[] = [
  {
    id: "gs-unctad-10pp",
    params: { kind: "global_south_change", definition: "unctad", thresholdPp: 10 },
  },
  {
    id: "gs-unctad-ex-china-5pp",
    params: { kind: "global_south_change", definition: "unctad-ex-china", thresholdPp: 5 },
  },
  { id: "country-10pp", params: { kind: "country_share_change", thresholdPp: 10, countries: [] } },
  { id: "nodes-30pct", params: { kind: "node_count_change", thresholdPct: 30, minNodes: 50 } },
  { id: "pool-30pct", params: { kind: "pool_share_threshold", threshold: 0.3 } },
  { id: "source-stale", params: { kind: "source_stale", sources: [] } },
];

// biome-ignore lint/suspicious/noExplicitAny: migrations must not depend on the current schema type
export async function up(db: Kysely<any>): Promise<void> {
  await installRules(db, DEFAULTS);
}

// biome-ignore lint/suspicious/noExplicitAny: see up()
export async function down(db: Kysely<any>): Promise<void> {
  await removeRules(db, DEFAULTS);
}
