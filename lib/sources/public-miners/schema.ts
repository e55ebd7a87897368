import { z } from "zod";
import { CONFIDENCES, MINER_BASES, MINER_METRICS, MINER_SCOPES } from "../../evidence/miner-figure";
import { isIso2 } from "../../geo/countries";

/** One row of the listed miners' file (shared/data/raw/sites/public_miner_hashrate.csv). */
export const MINER_COLUMNS = [
  "company",
  "ticker",
  "as_of",
  "country_iso2",
  "site",
  "metric",
  "value",
  "basis",
  "scope",
  "source_name",
  "source_url",
  "quote",
  "confidence",
] as const;

const text = z.string().trim();
const oneOf = <T extends readonly [string, ...string[]]>(values: T) =>
  text.pipe(z.enum(values, { error: `must be one of ${values.join(", ")}` }));

export const minerRowSchema = z.object({
  company: text.min(1, "is required"),
  ticker: text,
  as_of: text.regex(
    /^\d{4}-(0[1-9]|1[0-2])(-(0[1-9]|[12]\d|3[01]))?$/,
    "must be YYYY-MM or YYYY-MM-DD",
  ),
  country_iso2: text
    .transform((v) => v.toUpperCase())
    .refine(
      (v) => v === "" || isIso2(v),
      "unknown country (use an ISO 3166-1 alpha-2 code or blank)",
    )
    .transform((v) => (v === "" ? null : v)),
  site: text,
  metric: oneOf(MINER_METRICS),
  value: text.regex(/^\d+(\.\d+)?$/, "must be a number").transform(Number),
  basis: oneOf(MINER_BASES),
  scope: oneOf(MINER_SCOPES),
  source_name: text,
  source_url: z.url("must be an absolute URL"),
  quote: text,
  confidence: oneOf(CONFIDENCES),
});
