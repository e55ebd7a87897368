import { z } from "zod";
import { httpUrl, iso2Schema, monthSchema } from "../core/schemas";
import type { ClaimRow } from "../store/evidence";

/**
 * A published country claim as the app stores and bundles it (the seed's claims file holds
 * these). Plain zod and the core schemas only, like sites/fact.ts and regulator/figure.ts.
 */

const isoDay = z.string().regex(/^\d{4}-\d{2}-\d{2}$/);

const claimConfidenceSchema = z.enum(["medium", "low"]);

/**
 * Published country claims with their confidence (medium: a named publisher relayed by the press;
 * low: unattributed, uncorroborated or conflicting). Evidence on country pages; a medium claim
 * that names at least half of the hashrate is also a reported month (its own shares file).
 */
export const claimSchema = z.object({
  line: z.number().int().positive(),
  publisher: z.string().min(1),
  product: z.string(),
  period: z.string().min(1),
  periodNote: z.string(),
  /**
   * The month the claim is placed at: the month its period (`periodStart` … `periodEnd`) lies in;
   * where the file gives no period, its publication month (see placedAtPublication); else null,
   * never guessed (a quarter or a year stays a period).
   */
  month: monthSchema.nullable(),
  /** The period the figure describes, as ISO days; null when the source does not say. */
  periodStart: isoDay.nullable(),
  periodEnd: isoDay.nullable(),
  geoLevel: z.enum(["country", "aggregate", "region"]),
  geoName: z.string().min(1),
  country: iso2Schema.nullable(),
  share: z.number().min(0).max(1).nullable(),
  shareBasis: z.string(),
  hashrateEhs: z.number().nonnegative().nullable(),
  urls: z.array(httpUrl()),
  notes: z.string(),
  confidence: claimConfidenceSchema,
});
export type Claim = z.infer<typeof claimSchema>;

/** A claim whose file gives no period is placed at its publication month: the page says so. */
export function placedAtPublication(
  c: Pick<Claim, "month" | "periodStart" | "periodEnd">,
): boolean {
  return c.month !== null && c.periodStart === null && c.periodEnd === null;
}

/**
 * Published country claims: evidence shown on country pages with its confidence. Only a
 * medium-confidence publication naming at least half of the hashrate becomes a reported month, as
 * a source of its own (publications.ts).
 */
export function toClaimRow(c: Claim): Omit<ClaimRow, "source_id" | "ingest_id"> {
  return {
    line: c.line,
    publisher: c.publisher,
    product: c.product,
    period: c.period,
    period_note: c.periodNote,
    month: c.month,
    geo_level: c.geoLevel,
    geo_name: c.geoName,
    country: c.country,
    share: c.share,
    share_basis: c.shareBasis,
    hashrate_ehs: c.hashrateEhs,
    urls: c.urls.join(" "),
    notes: c.notes,
    confidence: c.confidence,
    period_start: c.periodStart,
    period_end: c.periodEnd,
  };
}

/** The newest month a claim describes: its period's end, else the month it is placed at. */
export function claimMonth(c: Pick<Claim, "periodEnd" | "periodStart" | "month">): string | null {
  return (c.periodEnd ?? c.periodStart)?.slice(0, 7) ?? c.month;
}
