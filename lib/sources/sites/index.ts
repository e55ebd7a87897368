import { SITES_SOURCE_ID, toSiteFactRow } from "../../evidence/site-fact";
import { MAX_EVIDENCE_ROWS } from "../csv-records";
import type { SourceDefinition } from "../definition";
import { parseSitesCsv } from "./parse";

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
