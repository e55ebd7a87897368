import type { SiteFactRow } from "../../store/evidence";
import { MAX_EVIDENCE_ROWS } from "../csv-records";
import type { SourceDefinition } from "../definition";
import type { SiteFact } from "./fact";
import { parseSitesCsv } from "./parse";

export const SITES_SOURCE_ID = "sites";

/** Who stands behind the file: our transcription, with the publisher and URL of every row. */
export const sitesSource: SourceDefinition = {
  id: SITES_SOURCE_ID,
  name: "Known mining sites (dated facts)",
  publisher:
    "Hashrate Atlas, transcribed from company filings and releases and the press (source URL per fact)",
  url: "https://github.com/hashrate-atlas",
  licence:
    "Facts quoted from public pages, each with its source URL; the transcription is shared with the project's code (MIT)",
  attribution: "Known mining sites, transcribed by Hashrate Atlas from the pages named per fact",
  notes: [
    "A map of disclosure, not of hashrate: listed companies and English-language press dominate; private, Chinese-owned and illegal mining is largely invisible.",
    "Coordinates are locality, region or country centroids (coord_precision), never facility locations.",
    "MW mixes contracted, interconnection, nameplate and energized capacity (each fact's note says which); announced MW are plans and are never summed with built capacity.",
    "Several sites moved to AI/HPC hosting; their MW is not mining MW after the conversion.",
  ],
  kind: "archive",
  staleAfterHours: null,
  cadence: "a new version of the transcription when facts are added",
  records: ["site-facts"],
  seeded: true,
  fileImport: {
    kind: "sites",
    usage: "atlas import sites FILE.csv",
    maxRows: MAX_EVIDENCE_ROWS,
    parse: (text) => {
      const facts = parseSitesCsv(text);
      return {
        rows: facts.length,
        batches: [{ kind: "site-facts", source: sitesSource, records: facts.map(toSiteFactRow) }],
      };
    },
  },
  fixtures: [
    {
      file: "lib/sources/sites/fixtures/mining_sites.trimmed.csv",
      parse: (text) => parseSitesCsv(text),
    },
  ],
};

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
