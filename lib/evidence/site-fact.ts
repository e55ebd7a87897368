import { z } from "zod";
import { httpUrl, iso2Schema, monthSchema as month } from "../core/schemas";
import type { SiteFactRow } from "../store/evidence";

/**
 * A known mining site's fact as the app stores and bundles it (the CSV row shape is in
 * schema.ts). Plain zod and the core schemas only, so the seed schema can use it without importing the
 * country list.
 */

const SITE_STATUSES = [
  "announced",
  "under_construction",
  "energized",
  "expanded",
  "closed",
  "sold",
] as const;
export const siteStatusSchema = z.enum(SITE_STATUSES);
export type SiteStatus = z.infer<typeof siteStatusSchema>;

/**
 * What a fact's MW measures (the file's `mw_basis`). Only `energized_load` is MW used for mining;
 * `facility_capacity` bounds the load from above; the rest are ceilings, plans or not a load at all.
 */
export const MW_BASES = [
  "energized_load",
  "facility_capacity",
  "contracted",
  "planned",
  "generation_nameplate",
  "unknown",
] as const;
export const mwBasisSchema = z.enum(MW_BASES);
export type MwBasis = z.infer<typeof mwBasisSchema>;

/** How far a fact's source can be trusted: the company or authority itself, the press, or weak. */
export const siteConfidenceSchema = z.enum(["high", "medium", "low"]);
export type SiteConfidence = z.infer<typeof siteConfidenceSchema>;

/** How precisely the coordinates place the site: always a centroid, never a facility. */
export const coordPrecisionSchema = z.enum(["locality", "region", "country"]);

/** One fact about a site, as stored and bundled. `asOf` null = the source gives no date. */
export const siteFactSchema = z.object({
  siteId: z.string().regex(/^[a-z0-9][a-z0-9-]*$/),
  operator: z.string().min(1),
  name: z.string().min(1),
  country: iso2Schema,
  locality: z.string().min(1),
  lat: z.number().min(-90).max(90),
  lon: z.number().min(-180).max(180),
  precision: coordPrecisionSchema,
  capacityMw: z.number().nonnegative().nullable(),
  /** What `capacityMw` measures; null exactly when no MW is stated. */
  mwBasis: mwBasisSchema.nullable(),
  hashrateEhs: z.number().nonnegative().nullable(),
  status: siteStatusSchema,
  /** The month the fact refers to (YYYY-MM), or null when the source does not date it. */
  asOf: month.nullable(),
  firstEnergized: month.nullable(),
  ended: month.nullable(),
  sourceKind: z.string().min(1),
  sourceUrl: httpUrl(),
  sourceDate: z.string().nullable(),
  note: z.string(),
  confidence: siteConfidenceSchema,
  /** The fact's line in the imported file, to keep the file's order among same-month facts. */
  line: z.number().int().positive(),
});
export type SiteFact = z.infer<typeof siteFactSchema>;

/** The source of the known-sites transcription (lib/sources/sites). */
export const SITES_SOURCE_ID = "sites";

/** A fact as its stored row (the writer adds the source and the ingest). */
export function toSiteFactRow(f: SiteFact): Omit<SiteFactRow, "source_id" | "ingest_id"> {
  return {
    line: f.line,
    site_id: f.siteId,
    operator: f.operator,
    name: f.name,
    country: f.country,
    locality: f.locality,
    lat: f.lat,
    lon: f.lon,
    precision: f.precision,
    capacity_mw: f.capacityMw,
    mw_basis: f.mwBasis,
    hashrate_ehs: f.hashrateEhs,
    status: f.status,
    as_of: f.asOf,
    first_energized: f.firstEnergized,
    ended: f.ended,
    source_kind: f.sourceKind,
    source_url: f.sourceUrl,
    source_date: f.sourceDate,
    note: f.note,
    confidence: f.confidence,
  };
}

/** A stored row as the fact it records. */
export function fromSiteFactRow(r: SiteFactRow): SiteFact {
  return {
    siteId: r.site_id,
    operator: r.operator,
    name: r.name,
    country: r.country,
    locality: r.locality,
    lat: r.lat,
    lon: r.lon,
    precision: r.precision,
    capacityMw: r.capacity_mw,
    mwBasis: r.mw_basis,
    hashrateEhs: r.hashrate_ehs,
    status: r.status,
    asOf: r.as_of,
    firstEnergized: r.first_energized,
    ended: r.ended,
    sourceKind: r.source_kind,
    sourceUrl: r.source_url,
    sourceDate: r.source_date,
    note: r.note,
    confidence: r.confidence,
    line: r.line,
  };
}
