import type { Kysely } from "kysely";
import { installRules, removeRules } from "./install-rules";

/**
 * A shipped rule for pool concentration, now that every month since 2020 has block counts: the
 * Nakamoto coefficient moving between adjacent months of one source (values written out here so
 * this migration means the same forever).
 */
const DEFAULTS: { id: string; params: Record<string, unknown> }[] = [
  { id: "nakamoto-change", params: { kind: "nakamoto_change", minChange: 1 } },
];

// biome-ignore lint/suspicious/noExplicitAny: migrations must not depend on the current schema type
export async function up(db: Kysely<any>): Promise<void> {
  await installRules(db, DEFAULTS);
}

// biome-ignore lint/suspicious/noExplicitAny: see up()
export async function down(db: Kysely<any>): Promise<void> {
  await removeRules(db, DEFAULTS);
}
