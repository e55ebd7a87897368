import type { SeedClaim } from "../../seed/schema";
import type { ClaimRow } from "../../store/evidence";

/**
 * Published country claims (bundled from the 2022–2026 estimates transcription): evidence shown
 * on country pages with its confidence. Only a medium-confidence publication naming at least half
 * of the hashrate becomes a reported month, as a shares file of its own (scripts/derive/evidence.ts).
 */
export function toClaimRow(c: SeedClaim, sourceId: string, ingest: string): ClaimRow {
  return {
    source_id: sourceId,
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
    ingest_id: ingest,
  };
}
