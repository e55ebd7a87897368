import { z } from "zod";
import { iso2Schema } from "../core/schemas";
import { listStoredRules } from "../store/rules";
import type { Db } from "../store/schema";

/**
 * Shift rules are data: a kind and its parameters, stored in the `rules` table and editable
 * through the admin API. Each kind is one schema here and one detector in ./detect/.
 */
const pp = z.number().positive().max(100);

export const ruleParamsSchema = z.discriminatedUnion("kind", [
  z.object({
    kind: z.literal("global_south_change"),
    /** Definition id (data/definitions). */
    definition: z.string().min(1),
    /** Fire when the share moves by at least this many percentage points month over month. */
    thresholdPp: pp,
  }),
  z.object({
    kind: z.literal("country_share_change"),
    thresholdPp: pp,
    /** Only these ISO codes; empty = every country. */
    countries: z.array(iso2Schema).default([]),
  }),
  z.object({
    kind: z.literal("node_count_change"),
    /** Fire when a country's reachable nodes change by at least this percent between snapshots. */
    thresholdPct: z.number().positive().max(1000),
    /** Ignore countries with fewer nodes than this in both snapshots: small counts are noise. */
    minNodes: z.number().int().nonnegative().default(50),
  }),
  z.object({
    kind: z.literal("pool_share_threshold"),
    /** Fire when a pool's share of blocks in a period reaches this fraction (0.3 = 30 %). */
    threshold: z.number().gt(0).lte(1),
  }),
  z.object({
    kind: z.literal("nakamoto_change"),
    /** Fire when the Nakamoto coefficient moves by at least this much between adjacent months. */
    minChange: z.number().int().positive().default(1),
  }),
  z.object({
    kind: z.literal("source_stale"),
    /** Only these source ids; empty = every live source. */
    sources: z.array(z.string()).default([]),
  }),
  z.object({
    kind: z.literal("site_status"),
    /** Fire on a dated fact with one of these statuses about a known site. */
    statuses: z
      .array(z.enum(["announced", "under_construction", "energized", "expanded", "closed", "sold"]))
      .min(1)
      .default(["energized", "closed"]),
    /** Watched countries: these ISO codes, and the members of `definition` if set; neither = all. */
    countries: z.array(iso2Schema).default([]),
    definition: z.string().min(1).optional(),
  }),
  z.object({
    kind: z.literal("regulator_figure"),
    /** Watched countries, as for site_status. */
    countries: z.array(iso2Schema).default([]),
    definition: z.string().min(1).optional(),
  }),
]);
export type RuleParams = z.infer<typeof ruleParamsSchema>;

export interface Rule {
  id: string;
  enabled: boolean;
  params: RuleParams;
}

/** Stored rules; a row whose params no longer validate is reported, not silently used. */
export async function listRules(db: Db): Promise<{ rules: Rule[]; invalid: string[] }> {
  const rules: Rule[] = [];
  const invalid: string[] = [];
  for (const row of await listStoredRules(db)) {
    const parsed = ruleParamsSchema.safeParse(row.params);
    if (parsed.success) rules.push({ ...row, params: parsed.data });
    else invalid.push(row.id);
  }
  return { rules, invalid };
}

/**
 * Shipped defaults (installed once per database by migration 0007_default_rules, which keeps its
 * own copy of these values). Thresholds are set so the real CBECI history fires on its big moves (China's
 * −11.8 pp in November 2020, −34 pp in July 2021, its +22 pp reappearance in September 2021)
 * and stays quiet on month-to-month noise (≤ 6 pp).
 */
export const DEFAULT_RULES: readonly Rule[] = [
  {
    id: "gs-unctad-10pp",
    enabled: true,
    params: { kind: "global_south_change", definition: "unctad", thresholdPp: 10 },
  },
  {
    id: "gs-unctad-ex-china-5pp",
    enabled: true,
    params: { kind: "global_south_change", definition: "unctad-ex-china", thresholdPp: 5 },
  },
  {
    id: "country-10pp",
    enabled: true,
    params: { kind: "country_share_change", thresholdPp: 10, countries: [] },
  },
  {
    id: "nodes-30pct",
    enabled: true,
    params: { kind: "node_count_change", thresholdPct: 30, minNodes: 50 },
  },
  { id: "pool-30pct", enabled: true, params: { kind: "pool_share_threshold", threshold: 0.3 } },
  { id: "source-stale", enabled: true, params: { kind: "source_stale", sources: [] } },
  // Installed by migration 0028_nakamoto_rule.
  { id: "nakamoto-change", enabled: true, params: { kind: "nakamoto_change", minChange: 1 } },
  // Installed by migration 0012_evidence_rules.
  {
    id: "sites-gs-energized-closed",
    enabled: true,
    params: {
      kind: "site_status",
      statuses: ["energized", "closed"],
      countries: [],
      definition: "unctad",
    },
  },
  {
    id: "regulator-gs",
    enabled: true,
    params: { kind: "regulator_figure", countries: [], definition: "unctad" },
  },
];
