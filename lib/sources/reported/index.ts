import { createHash } from "node:crypto";
import { monthEndExclusive } from "../../core/month";
import { ingestId, insertIngest } from "../../store/ingests";
import type { Db } from "../../store/schema";
import { upsertShares } from "../../store/shares";
import { recordSourceSuccess, type SourceRecord, upsertSource } from "../../store/sources";
import { inTransaction } from "../../store/transaction";
import type { SourceFamily } from "../definition";
import { decodeUtf8, readImportFile } from "../import-file";
import { parseReportedCsv } from "./parse";
import { type ReportedRow, reportedSourceId } from "./schema";

export { reportedSourceId };

/**
 * Reported figures, one source per publisher (`reported-<publisher>`): a publication quoted by
 * the press that names countries for at least half of a month (bundled, scripts/derive/evidence.ts)
 * or a CSV of figures an operator imports. Closed once published: archives, never stale.
 */
export const reportedSources: SourceFamily = {
  idPrefix: "reported-",
  name: "Reported figures, one source per publisher (bundled publications and operator imports)",
  licence: "as published by each source",
  kind: "archive",
  staleAfterHours: null,
  cadence: "as each publisher publishes",
  seeded: true,
  fileImport: {
    kind: "reported",
    usage: "atlas import FILE.csv",
    run: (db, path) => importReportedCsv(db, path),
  },
  fixtures: [
    {
      file: "lib/sources/reported/fixtures/hashrate-index-2025-q2.csv",
      parse: (text) => parseReportedCsv(text),
    },
  ],
};

/** An operator-imported source, named after the file's `source` column. */
function importedSource(id: string, name: string, url: string): SourceRecord {
  return {
    id,
    name,
    publisher: name,
    url,
    licence: "As published by the source; imported by an operator",
    attribution: name,
    notes: ["Imported with `atlas import` from a CSV of reported figures."],
    kind: reportedSources.kind,
    staleAfterHours: reportedSources.staleAfterHours,
  };
}

export interface ImportResult {
  changed: boolean;
  rows: number;
  sources: string[];
}

/**
 * `atlas import file.csv`: validate everything first, then write it all in one transaction. A
 * file replaces each of its sources' rows for the months it covers (a row dropped from a
 * corrected file goes), so re-importing an older file after a newer one restores the older rows.
 */
export async function importReportedCsv(
  db: Db,
  path: string,
  now = new Date(),
): Promise<ImportResult> {
  const bytes = await readImportFile(path);
  const rows = parseReportedCsv(decodeUtf8(bytes));
  const sha = createHash("sha256").update(bytes).digest("hex");
  const at = now.toISOString();
  // Grouped by source id; the parser has refused two spellings of one id.
  const bySource = new Map<string, ReportedRow[]>();
  for (const r of rows) {
    const id = reportedSourceId(r.source);
    bySource.set(id, [...(bySource.get(id) ?? []), r]);
  }
  return inTransaction(db, async (trx) => {
    let changed = false;
    for (const [id, list] of bySource) {
      const name = list[0]?.source ?? id;
      const months = [...new Set(list.map((r) => r.month))];
      await upsertSource(trx, importedSource(id, name, list[0]?.url ?? ""));
      // Unchanged only if the stored rows for these months are exactly this file's rows.
      const stored = await trx
        .selectFrom("country_shares")
        .select("ingest_id")
        .where("source_id", "=", id)
        .where("month", "in", months)
        .execute();
      const ours = ingestId(id, sha);
      if (stored.length === list.length && stored.every((r) => r.ingest_id === ours)) continue;
      changed = true;
      await trx
        .deleteFrom("country_shares")
        .where("source_id", "=", id)
        .where("month", "in", months)
        .execute();
      const ingest = await insertIngest(trx, {
        sourceId: id,
        fetchedAt: at,
        upstreamUrl: `file:${path}`,
        contentSha256: sha,
        recordCount: list.length,
      });
      await upsertShares(
        trx,
        list.map((r) => ({
          source_id: id,
          month: r.month,
          label: r.country,
          country: r.country,
          share: r.share,
          hashrate_ehs: null,
          method: "reported" as const,
          basis: "reported figure (imported CSV)",
          caveat: `as reported at ${r.url}`,
          ingest_id: ingest,
        })),
      );
      const last = list
        .map((r) => r.month)
        .sort()
        .at(-1);
      await recordSourceSuccess(trx, id, at, last ? monthEndExclusive(last) : null);
    }
    return {
      changed,
      rows: changed ? rows.length : 0,
      sources: [...bySource.keys()],
    };
  });
}
