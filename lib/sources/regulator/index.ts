import { createHash } from "node:crypto";
import { readFile } from "node:fs/promises";
import { monthEndExclusive } from "../../analytics/month";
import { type RegulatorFigureRow, replaceRegulatorFigures } from "../../store/evidence";
import { currentIngestId, ingestId, insertIngest } from "../../store/ingests";
import type { Db } from "../../store/schema";
import { recordSourceSuccess, type SourceDescription, upsertSource } from "../../store/sources";
import { sourceFacts } from "../catalog";
import type { EvidenceImportResult } from "../sites";
import type { RegulatorFigure } from "./figure";
import { parseRegulatorCsv } from "./parse";

export const REGULATOR_SOURCE_ID = "regulator";

export const REGULATOR_SOURCE: SourceDescription = {
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
    ingest_id: ingest,
  };
}

/** Stores a validated version of the regulators' file in the caller's transaction. */
export async function storeRegulatorFigures(
  db: Db,
  figures: readonly RegulatorFigure[],
  sha256: string,
  upstreamUrl: string,
  at: string,
): Promise<EvidenceImportResult> {
  await upsertSource(db, REGULATOR_SOURCE, sourceFacts(REGULATOR_SOURCE_ID));
  const id = ingestId(REGULATOR_SOURCE_ID, sha256);
  if ((await currentIngestId(db, "regulator_figures", REGULATOR_SOURCE_ID)) === id)
    return { changed: false, rows: 0, sha256 };
  await insertIngest(db, {
    sourceId: REGULATOR_SOURCE_ID,
    fetchedAt: at,
    upstreamUrl,
    contentSha256: sha256,
    recordCount: figures.length,
  });
  await replaceRegulatorFigures(
    db,
    REGULATOR_SOURCE_ID,
    figures.map((f) => toRegulatorRow(f, REGULATOR_SOURCE_ID, id)),
  );
  const newest = figures
    .map((f) => f.asOf)
    .filter((m): m is string => m !== null)
    .sort()
    .at(-1);
  await recordSourceSuccess(db, REGULATOR_SOURCE_ID, at, newest ? monthEndExclusive(newest) : null);
  return { changed: true, rows: figures.length, sha256 };
}

/** `atlas import regulator FILE.csv`: all rows validated first, then one replacing transaction. */
export async function importRegulatorCsv(
  db: Db,
  path: string,
  now = new Date(),
): Promise<EvidenceImportResult> {
  const bytes = await readFile(path);
  const figures = parseRegulatorCsv(bytes.toString("utf8"));
  const sha = createHash("sha256").update(bytes).digest("hex");
  return db
    .transaction()
    .execute((trx) => storeRegulatorFigures(trx, figures, sha, `file:${path}`, now.toISOString()));
}
