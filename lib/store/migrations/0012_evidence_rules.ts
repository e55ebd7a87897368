import type { Kysely } from "kysely";
import { installRules, removeRules } from "./install-rules";

/**
 * Shipped rules for evidence after 2022, installed once per database (as 0007 did for the first
 * rules; values written out here so this migration means the same forever): a known site in the
 * Global South (UNCTAD) energized or closed, and a figure from a Global South utility or regulator.
 */
const DEFAULTS: { id: string; params: Record<string, unknown> }[] = [
  {
    id: "sites-gs-energized-closed",
    params: {
      kind: "site_status",
      statuses: ["energized", "closed"],
      countries: [],
      definition: "unctad",
    },
  },
  { id: "regulator-gs", params: { kind: "regulator_figure", countries: [], definition: "unctad" } },
];

// biome-ignore lint/suspicious/noExplicitAny: migrations must not depend on the current schema type
export async function up(db: Kysely<any>): Promise<void> {
  await installRules(db, DEFAULTS);
}

// biome-ignore lint/suspicious/noExplicitAny: see up()
export async function down(db: Kysely<any>): Promise<void> {
  await removeRules(db, DEFAULTS);
}
