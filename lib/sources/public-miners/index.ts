import { type MinerFigureRow, replaceMinerFigures } from "../../store/estimate-inputs";
import type { Db } from "../../store/schema";
import type { SourceDefinition } from "../definition";
import {
  type EvidenceImportResult,
  importEvidenceCsv,
  storeEvidenceVersion,
} from "../evidence-version";
import type { MinerFigure } from "./figure";
import { parseMinersCsv } from "./parse";

export const PUBLIC_MINERS_SOURCE_ID = "public-miners";

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
  seeded: true,
  fileImport: {
    kind: "miners",
    usage: "atlas import miners FILE.csv",
    run: (db, path) => importMinersCsv(db, path),
  },
  fixtures: [
    {
      file: "lib/sources/public-miners/fixtures/public_miner_hashrate.trimmed.csv",
      parse: (text) => parseMinersCsv(text),
    },
  ],
};

export function toMinerRow(f: MinerFigure, sourceId: string, ingest: string): MinerFigureRow {
  return {
    source_id: sourceId,
    line: f.line,
    company: f.company,
    ticker: f.ticker,
    as_of: f.asOf,
    month: f.month,
    country: f.country,
    site: f.site,
    metric: f.metric,
    value: f.value,
    basis: f.basis,
    scope: f.scope,
    source_name: f.sourceName,
    source_url: f.sourceUrl,
    quote: f.quote,
    confidence: f.confidence,
    ingest_id: ingest,
  };
}

/** Stores a validated version of the miners' file in the caller's transaction. */
export function storeMinerFigures(
  db: Db,
  figures: readonly MinerFigure[],
  sha256: string,
  upstreamUrl: string,
  at: string,
): Promise<EvidenceImportResult> {
  return storeEvidenceVersion(db, {
    source: publicMinersSource,
    table: "miner_figures",
    rows: figures.map((f) => ({ ...f, asOf: f.month })),
    sha256,
    upstreamUrl,
    at,
    replace: (trx, ingest) =>
      replaceMinerFigures(
        trx,
        PUBLIC_MINERS_SOURCE_ID,
        figures.map((f) => toMinerRow(f, PUBLIC_MINERS_SOURCE_ID, ingest)),
      ),
  });
}

/** `atlas import miners FILE.csv`: validated whole first, then one replacing transaction. */
export function importMinersCsv(
  db: Db,
  path: string,
  now = new Date(),
): Promise<EvidenceImportResult> {
  return importEvidenceCsv(db, path, parseMinersCsv, storeMinerFigures, now);
}
