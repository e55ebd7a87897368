import { type RegulatorFigureRow, replaceRegulatorFigures } from "../../store/evidence";
import type { Db } from "../../store/schema";
import type { SourceDefinition } from "../definition";
import {
  type EvidenceImportResult,
  importEvidenceCsv,
  storeEvidenceVersion,
} from "../evidence-version";
import type { RegulatorFigure } from "./figure";
import { parseRegulatorCsv } from "./parse";

export const REGULATOR_SOURCE_ID = "regulator";

export const regulatorSource: SourceDefinition = {
  id: REGULATOR_SOURCE_ID,
  name: "Utilities' and regulators' figures on mining load",
  publisher:
    "Hashrate Atlas, transcribed from what utilities, regulators and ministries said (source URL per figure)",
  url: "https://github.com/hashrate-atlas",
  licence:
    "Figures quoted from public pages, each with its source URL; the transcription is shared with the project's code (MIT)",
  attribution:
    "Utilities' and regulators' figures, transcribed by Hashrate Atlas from the pages named per figure",
  notes: [
    "The strongest country-level evidence after 2022, but figures differ in kind (energy sold, share of sales, contracted or demanded MW, seizures) and by date: compare like with like.",
    "Several figures are relayed by newspapers rather than read on the authority's own page; the basis column says which.",
    "A figure is not a share of hashrate; converting one needs stated assumptions (efficiency, uptime, network total).",
  ],
  kind: "archive",
  staleAfterHours: null,
  cadence: "a new version of the transcription when figures are added",
  seeded: true,
  fileImport: {
    kind: "regulator",
    usage: "atlas import regulator FILE.csv",
    run: (db, path) => importRegulatorCsv(db, path),
  },
  fixtures: [
    {
      file: "lib/sources/regulator/fixtures/energy_regulator_figures.trimmed.csv",
      parse: (text) => parseRegulatorCsv(text),
    },
  ],
};

export function toRegulatorRow(
  f: RegulatorFigure,
  sourceId: string,
  ingest: string,
): RegulatorFigureRow {
  return {
    source_id: sourceId,
    line: f.line,
    country: f.country,
    authority: f.authority,
    period: f.period,
    metric: f.metric,
    value: f.value,
    number: f.number,
    unit: f.unit,
    basis: f.basis,
    source_url: f.sourceUrl,
    source_date: f.sourceDate,
    note: f.note,
    as_of: f.asOf,
    period_start: f.periodStart,
    period_end: f.periodEnd,
    estimation_role: f.role,
    ingest_id: ingest,
  };
}

/** Stores a validated version of the regulators' file in the caller's transaction. */
export function storeRegulatorFigures(
  db: Db,
  figures: readonly RegulatorFigure[],
  sha256: string,
  upstreamUrl: string,
  at: string,
): Promise<EvidenceImportResult> {
  return storeEvidenceVersion(db, {
    source: regulatorSource,
    table: "regulator_figures",
    rows: figures,
    sha256,
    upstreamUrl,
    at,
    replace: (trx, ingest) =>
      replaceRegulatorFigures(
        trx,
        REGULATOR_SOURCE_ID,
        figures.map((f) => toRegulatorRow(f, REGULATOR_SOURCE_ID, ingest)),
      ),
  });
}

/** `atlas import regulator FILE.csv`: validated whole first, then one replacing transaction. */
export function importRegulatorCsv(
  db: Db,
  path: string,
  now = new Date(),
): Promise<EvidenceImportResult> {
  return importEvidenceCsv(db, path, parseRegulatorCsv, storeRegulatorFigures, now);
}
