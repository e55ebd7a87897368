import { compareText } from "../../core/compare";
import { type Claim, toClaimRow } from "../../evidence/claim";
import { groupMembers } from "../../geo/regions";
import type { ParsedBatch } from "../../ingest/write";
import { MAX_EVIDENCE_ROWS } from "../csv-records";
import type { SourceDefinition } from "../definition";
import { publicationSource } from "../reported/publication";
import { parseEstimatesCsv } from "./parse";
import { type Publication, placementNote, reportedPublications } from "./publications";

const PUBLISHED_ESTIMATES_SOURCE_ID = "published-estimates";

/** The 2022–2026 published estimates, bundled as claims (scripts/derive/evidence.ts). */
export const publishedEstimatesSource: SourceDefinition = {
  id: PUBLISHED_ESTIMATES_SOURCE_ID,
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
    "Only the countries a claim names are known; the rest of its period is unknown, not zero. Group figures (Africa, United States + China + Russia) are never split into countries; where their members are known exactly they bound the ranges of the month they belong to.",
    "A claim is placed at the period it describes; a quarter or a year stays a period and is never placed at a guessed month. Where the file gives no period, a claim is placed at its publication month, and says so.",
  ],
  kind: "archive",
  staleAfterHours: null,
  cadence: "a new version of the transcription when figures are published",
  records: ["claims"],
  seeded: true,
  fileImport: {
    kind: "estimates",
    usage: "atlas import estimates FILE.csv",
    maxRows: MAX_EVIDENCE_ROWS,
    parse: (text) => {
      const claims = parseEstimatesCsv(text);
      return { rows: claims.length, batches: claimBatches(claims) };
    },
  },
  fixtures: [
    {
      file: "lib/sources/published-estimates/fixtures/published_estimates.trimmed.csv",
      parse: (text) => parseEstimatesCsv(text),
    },
  ],
};

const slug = (text: string) =>
  text
    .toLowerCase()
    .replace(/\(.*?\)/g, "")
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-|-$/g, "");

/** The id of the reported source a publication becomes: `reported-<publisher slug>`. */
function publicationSourceId(publisher: string): string {
  return `reported-${slug(publisher)}`;
}

/** A claim's caveat as a reported row: basis, period, placement, where it was quoted, notes. */
function publicationCaveat(c: Claim, placement: string): string {
  return [c.shareBasis, c.periodNote, placement, `quoted by ${c.urls.join(" and ")}`, c.notes]
    .filter((p) => p !== "")
    .join("; ");
}

/** A publication as a reported source: its record, what its shares are of, its rows and groups. */
export function publicationShares(p: Publication) {
  const head = p.countries[0] as Claim;
  const note = placementNote(p);
  return {
    source: publicationSource({
      id: publicationSourceId(p.publisher),
      publisher: p.publisher,
      product: p.product,
      url: head.urls[0] ?? "",
      named: p.named,
      periodNote: head.periodNote,
    }),
    basis: `${head.shareBasis} (${p.publisher}), as reported in the press`,
    rows: p.countries
      .map((c) => ({
        month: p.month,
        label: c.geoName,
        country: c.country,
        share: c.share as number,
        hashrateEhs: c.hashrateEhs,
        caveat: publicationCaveat(c, note),
      }))
      .sort((a, b) => b.share - a.share || compareText(a.label, b.label)),
    aggregates: p.aggregates.map(({ claim, members }) => ({
      month: p.month,
      label: claim.geoName,
      members,
      share: claim.share as number,
      caveat: publicationCaveat(claim, note),
    })),
  };
}

/**
 * A version of the estimates file: its claims, and the reported months they make, each
 * publication replacing what its source held (a month a newer file no longer makes goes).
 */
function claimBatches(claims: readonly Claim[]): ParsedBatch[] {
  return [
    { kind: "claims", source: publishedEstimatesSource, records: claims.map(toClaimRow) },
    ...reportedPublications(claims, groupMembers).map((p): ParsedBatch => {
      const { source, basis, rows, aggregates } = publicationShares(p);
      return {
        kind: "country-shares",
        source,
        records: {
          rows: rows.map((r) => ({
            month: r.month,
            label: r.label,
            country: r.country,
            share: r.share,
            hashrate_ehs: r.hashrateEhs,
            method: "reported" as const,
            basis,
            caveat: r.caveat,
          })),
          aggregates,
          months: "all",
        },
      };
    }),
  ];
}
