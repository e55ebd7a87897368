import { toMinerRow } from "../../evidence/miner-figure";
import { MAX_EVIDENCE_ROWS } from "../csv-records";
import type { SourceDefinition } from "../definition";
import { parseMinersCsv } from "./parse";

const PUBLIC_MINERS_SOURCE_ID = "public-miners";

export const publicMinersSource: SourceDefinition = {
  id: PUBLIC_MINERS_SOURCE_ID,
  name: "Listed miners' disclosed hashrate and power",
  publisher:
    "Hashrate Atlas, transcribed from miners' releases, SEC filings and the press (source URL and quote per figure)",
  url: "https://github.com/hashrate-atlas",
  licence:
    "Figures quoted from public pages, each with its source URL; the transcription is shared with the project's code (MIT)",
  attribution:
    "Listed miners' disclosures, transcribed by Hashrate Atlas from the pages named per figure",
  notes: [
    "Disclosed figures are lower bounds of what exists in a country, never estimates of its hashrate: private, state and Chinese-owned miners disclose nothing.",
    "Targets are guidance, not operations, and never count; hosted machines are someone else's and never count; company totals carry a country only where the company operates in one.",
    "MARA's totals may include its joint ventures (Abu Dhabi, Paraguay).",
  ],
  kind: "archive",
  staleAfterHours: null,
  cadence: "a new version of the transcription when disclosures are added",
  records: ["miner-figures"],
  seeded: true,
  fileImport: {
    kind: "miners",
    usage: "atlas import miners FILE.csv",
    maxRows: MAX_EVIDENCE_ROWS,
    parse: (text) => {
      const figures = parseMinersCsv(text);
      return {
        rows: figures.length,
        batches: [
          { kind: "miner-figures", source: publicMinersSource, records: figures.map(toMinerRow) },
        ],
      };
    },
  },
  fixtures: [
    {
      file: "lib/sources/public-miners/fixtures/public_miner_hashrate.trimmed.csv",
      parse: (text) => parseMinersCsv(text),
    },
  ],
};
