import { z } from "zod";
import { iso2Schema, monthSchema } from "../core/schemas";
import type { MinerFigureRow } from "../store/estimate-inputs";

/**
 * The words a listed miner uses for what a figure counts (the file's `basis`). `energized`,
 * `deployed`, `installed`: machines racked and powered; `operating`: average operating hashrate;
 * `self_mining`: own-account machines; `hosted`: customers' machines; `other`: under management,
 * cloud capacity, compilations; `target`: guidance.
 */
export const MINER_BASES = [
  "operating",
  "energized",
  "deployed",
  "installed",
  "self_mining",
  "hosted",
  "other",
  "target",
] as const;
export const MINER_METRICS = ["eh_s", "mw"] as const;
export const MINER_SCOPES = ["company_total", "site", "country"] as const;
export const CONFIDENCES = ["high", "medium", "low"] as const;

export const minerFigureSchema = z.object({
  company: z.string().min(1),
  ticker: z.string(),
  /** As the company dates it: YYYY-MM or YYYY-MM-DD. */
  asOf: z.string().regex(/^\d{4}-\d{2}(-\d{2})?$/),
  /** The month the figure is placed at (the month of `asOf`). */
  month: monthSchema,
  country: iso2Schema.nullable(),
  site: z.string(),
  metric: z.enum(MINER_METRICS),
  value: z.number().nonnegative(),
  basis: z.enum(MINER_BASES),
  scope: z.enum(MINER_SCOPES),
  sourceName: z.string(),
  sourceUrl: z.url(),
  quote: z.string(),
  confidence: z.enum(CONFIDENCES),
  line: z.number().int().positive(),
});
export type MinerFigure = z.infer<typeof minerFigureSchema>;

/** A figure as its stored row (the writer adds the source and the ingest). */
export function toMinerRow(f: MinerFigure): Omit<MinerFigureRow, "source_id" | "ingest_id"> {
  return {
    line: f.line,
    company: f.company,
    ticker: f.ticker,
    as_of: f.asOf,
    month: f.month,
    country: f.country,
    site: f.site,
    metric: f.metric,
    value: f.value,
    basis: f.basis,
    scope: f.scope,
    source_name: f.sourceName,
    source_url: f.sourceUrl,
    quote: f.quote,
    confidence: f.confidence,
  };
}
