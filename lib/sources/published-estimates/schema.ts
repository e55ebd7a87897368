import { z } from "zod";
import { isIso2Shape } from "../../core/country-code";
import { percentNumberToFraction } from "../../core/percent";

/**
 * One row of the published estimates file (shared/data/raw/estimates/
 * published_country_hashrate_estimates.2022-2026.transcribed.csv and newer versions of it): a
 * figure a publisher gave for a country, a region or a group, as relayed by the press.
 */
export const ESTIMATE_COLUMNS = [
  "source_org",
  "source_product",
  "period",
  "period_note",
  "geo_level",
  "geo_name",
  "iso2",
  "share_pct",
  "share_basis",
  "hashrate_ehs",
  "secondary_source_url",
  "notes",
  "confidence",
  "period_start",
  "period_end",
] as const;

const text = z.string().trim();
const optionalDay = text
  .regex(/^(\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01]))?$/, "must be YYYY-MM-DD or blank")
  .transform((v) => (v === "" ? null : v));

export const estimateRowSchema = z.object({
  source_org: text.min(1, "is required (who published the figure)"),
  source_product: text,
  period: text.min(1, "is required (the period as the source gives it)"),
  period_note: text,
  geo_level: text.pipe(
    z.enum(["country", "aggregate", "region"], {
      error: "must be one of country, aggregate, region",
    }),
  ),
  geo_name: text.min(1, "is required"),
  iso2: text.refine(
    (v) => v === "" || isIso2Shape(v),
    "must be an ISO 3166-1 alpha-2 code or blank",
  ),
  share_pct: text.transform((v, ctx) => {
    if (v === "") return null;
    try {
      return percentNumberToFraction(v);
    } catch {
      ctx.addIssue({ code: "custom", message: "must be a percentage from 0 to 100, or blank" });
      return z.NEVER;
    }
  }),
  share_basis: text,
  hashrate_ehs: text
    .refine((v) => v === "" || /^\d+(\.\d+)?$/.test(v), "must be a plain number or blank")
    .transform((v) => (v === "" ? null : Number(v)))
    .pipe(z.number().max(10_000, "above 10,000 EH/s is not plausible").nullable()),
  secondary_source_url: text,
  notes: text,
  confidence: text.pipe(z.enum(["medium", "low"], { error: "must be one of medium, low" })),
  period_start: optionalDay,
  period_end: optionalDay,
});
