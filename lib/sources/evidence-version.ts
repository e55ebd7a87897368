import { createHash } from "node:crypto";
import { monthEndExclusive } from "../core/month";
import { currentIngestId, ingestId, insertIngest } from "../store/ingests";
import type { Db } from "../store/schema";
import { recordSourceSuccess, type SourceRecord, upsertSource } from "../store/sources";
import { inTransaction } from "../store/transaction";
import { CsvImportError } from "./csv-records";
import { decodeUtf8, readImportFile } from "./import-file";

/**
 * One current version per evidence source (known sites, regulators' figures): a new version
 * replaces the stored one whole, inside the caller's transaction, and the same content (by hash)
 * as what is stored now writes nothing.
 */
export interface EvidenceImportResult {
  changed: boolean;
  rows: number;
  sha256: string;
}

export interface EvidenceVersion<T extends { asOf: string | null }> {
  source: SourceRecord;
  table: "site_facts" | "regulator_figures" | "claims" | "miner_figures";
  rows: readonly T[];
  sha256: string;
  upstreamUrl: string;
  at: string;
  /** Deletes the source's rows and inserts these under `ingest`. */
  replace: (db: Db, ingest: string) => Promise<void>;
}

export async function storeEvidenceVersion<T extends { asOf: string | null }>(
  db: Db,
  v: EvidenceVersion<T>,
): Promise<EvidenceImportResult> {
  const { id: sourceId } = v.source;
  await upsertSource(db, v.source);
  const id = ingestId(sourceId, v.sha256);
  if ((await currentIngestId(db, v.table, sourceId)) === id)
    return { changed: false, rows: 0, sha256: v.sha256 };
  await insertIngest(db, {
    sourceId,
    fetchedAt: v.at,
    upstreamUrl: v.upstreamUrl,
    contentSha256: v.sha256,
    recordCount: v.rows.length,
  });
  await v.replace(db, id);
  await recordSourceSuccess(db, sourceId, v.at, newestMonthEnd(v.rows));
  return { changed: true, rows: v.rows.length, sha256: v.sha256 };
}

/** The end of the newest month any row is dated to: how far the source's data reaches. */
export function newestMonthEnd(rows: readonly { asOf: string | null }[]): string | null {
  const newest = rows
    .map((r) => r.asOf)
    .filter((m): m is string => m !== null)
    .sort()
    .at(-1);
  return newest ? monthEndExclusive(newest) : null;
}

/**
 * Rows an evidence file (known sites, regulators' figures) may hold: the real files have about
 * a hundred and two hundred. Every view over them (site states, capacity, a country's evidence)
 * and the map's sites layer grows with the file, so the cap is ten times what is real, below
 * the general CSV cap (issue 25, finding 4).
 */
export const MAX_EVIDENCE_ROWS = 1_000;

/**
 * `atlas import <kind> FILE.csv`: the whole file validated first (CsvImportError names every
 * bad line, nothing is written), then stored in one transaction.
 */
export async function importEvidenceCsv<T>(
  db: Db,
  path: string,
  parse: (text: string) => T[],
  store: (
    db: Db,
    rows: T[],
    sha256: string,
    upstreamUrl: string,
    at: string,
  ) => Promise<EvidenceImportResult>,
  now: Date,
): Promise<EvidenceImportResult> {
  const bytes = await readImportFile(path);
  const rows = parse(decodeUtf8(bytes));
  if (rows.length > MAX_EVIDENCE_ROWS)
    throw new CsvImportError([
      `the file has ${rows.length} rows; the limit for this import is ${MAX_EVIDENCE_ROWS} (the real file holds a few hundred at most)`,
    ]);
  const sha = createHash("sha256").update(bytes).digest("hex");
  return inTransaction(db, (trx) => store(trx, rows, sha, `file:${path}`, now.toISOString()));
}
