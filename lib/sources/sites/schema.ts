import { z } from "zod";
import { httpUrl } from "../../core/schemas";
import {
  coordPrecisionSchema,
  MW_BASES,
  siteConfidenceSchema,
  siteStatusSchema,
} from "../../evidence/site-fact";
import { isIso2 } from "../../geo/countries";

/**
 * One row of the known-mining-sites file (shared/data/raw/sites/mining_sites.csv and newer
 * versions of it): one dated fact about one large site. A map of disclosure, not of hashrate.
 */
export const SITE_COLUMNS = [
  "site_id",
  "operator",
  "site_name",
  "country_iso2",
  "locality",
  "lat",
  "lon",
  "coord_precision",
  "capacity_mw",
  "hashrate_ehs",
  "status",
  "status_as_of",
  "first_energized",
  "ended",
  "source_kind",
  "source_url",
  "source_date",
  "note",
  "mw_basis",
  "confidence",
] as const;

const text = z.string().trim();
const optionalNumber = (what: string, max: number) =>
  text
    .refine((v) => v === "" || /^\d+(\.\d+)?$/.test(v), `${what} must be a plain number or blank`)
    .transform((v) => (v === "" ? null : Number(v)))
    .pipe(z.number().min(0).max(max, `${what} above ${max} is not plausible`).nullable());
const coordinate = (what: string, limit: number) =>
  text
    .regex(/^-?\d+(\.\d+)?$/, `${what} must be a decimal number`)
    .transform(Number)
    .pipe(z.number().min(-limit).max(limit, `${what} must be between -${limit} and ${limit}`));
/** "2024-08" (or a day, "2024-08-14", read as its month); blank when the source gives no date. */
const optionalMonth = text
  .regex(/^(\d{4}-(0[1-9]|1[0-2])(-\d{2})?)?$/, "must be YYYY-MM, YYYY-MM-DD or blank")
  .transform((v) => (v === "" ? null : v.slice(0, 7)));
const optionalDay = text
  .regex(/^(\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01]))?$/, "must be YYYY-MM-DD or blank")
  .transform((v) => (v === "" ? null : v));

export const siteRowSchema = z.object({
  site_id: text.regex(/^[a-z0-9][a-z0-9-]*$/, "must be a lowercase slug (a-z, 0-9, -)"),
  operator: text.min(1, "is required"),
  site_name: text.min(1, "is required"),
  country_iso2: text
    .transform((v) => v.toUpperCase())
    .refine(isIso2, "unknown country (use an ISO 3166-1 alpha-2 code such as ET)"),
  locality: text.min(1, "is required"),
  lat: coordinate("lat", 90),
  lon: coordinate("lon", 180),
  coord_precision: coordPrecisionSchema,
  // The largest disclosed sites are about 1 GW; 20 GW is a typo (or a country's whole grid).
  capacity_mw: optionalNumber("capacity_mw", 20_000),
  hashrate_ehs: optionalNumber("hashrate_ehs", 2_000),
  status: siteStatusSchema,
  status_as_of: optionalMonth,
  first_energized: optionalMonth,
  ended: optionalMonth,
  source_kind: z.enum(["company_filing", "company_release", "news", "other"]),
  source_url: httpUrl(),
  source_date: optionalDay,
  note: text,
  mw_basis: text
    .transform((v) => (v === "" ? null : v))
    .pipe(
      z
        .enum(MW_BASES, {
          error: `must be one of ${MW_BASES.join(", ")}, or blank when capacity_mw is blank`,
        })
        .nullable(),
    ),
  confidence: text.pipe(
    z.enum(siteConfidenceSchema.options, { error: "must be one of high, medium, low" }),
  ),
});
