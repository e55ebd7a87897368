import type { ClaimRow } from "../../store/evidence";
import type { SourceDefinition } from "../definition";
import type { Claim } from "./claim";

/** The 2022–2026 published estimates, bundled as claims (scripts/derive/evidence.ts). */
export const publishedEstimatesSource: SourceDefinition = {
  id: "published-estimates",
  name: "Published country estimates 2022–2026, as relayed by the press",
  publisher:
    "Hashrate Atlas, transcribed from press coverage of MinerMetrics, Hashrate Index and others",
  url: "https://github.com/hashrate-atlas",
  licence:
    "Figures quoted from public pages with their publisher and URL; © their publishers. The transcription is shared with the project's code (MIT).",
  attribution: "Published country estimates, as relayed by the press (publisher and URL per claim)",
  notes: [
    "Confidence medium: a named publisher relayed by the press. Low: unattributed, a single uncorroborated page, or conflicting with other figures. Low-confidence claims never drive the map, the Global South series or alerts.",
    "Every Hashrate Index figure here is second-hand: its own heatmap pages were not available.",
    "Only the countries a claim names are known; the rest of its period is unknown, not zero. Aggregates (Africa, United States + China + Russia) are kept as claims, never split into countries.",
    "A period that is not a month (a quarter, a fiscal year, 'undated') is kept as written and never placed at a guessed month.",
  ],
  kind: "archive",
  staleAfterHours: null,
  cadence: "closed: publications from 2022 to 2026, transcribed once",
  seeded: true,
};

/**
 * Published country claims (bundled from the 2022–2026 estimates transcription): evidence shown
 * on country pages with its confidence. Only a medium-confidence publication naming at least half
 * of the hashrate becomes a reported month, as a shares file of its own (scripts/derive/evidence.ts).
 */
export function toClaimRow(c: Claim, sourceId: string, ingest: string): ClaimRow {
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
