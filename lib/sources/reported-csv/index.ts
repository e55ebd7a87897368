import { createHash } from "node:crypto";
import { readFile } from "node:fs/promises";
import { monthEndExclusive } from "../../analytics/month";
import { hasIngest, ingestId, insertIngest } from "../../store/ingests";
import type { Db } from "../../store/schema";
import { upsertShares } from "../../store/shares";
import { recordSourceSuccess, upsertSource } from "../../store/sources";
import { parseReportedCsv } from "./parse";
import type { ReportedRow } from "./schema";

/** A stable source id for a publisher's name: "Hashrate Index" → "reported-hashrate-index". */
export function reportedSourceId(name: string): string {
  const slug = name
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-|-$/g, "");
  return `reported-${slug || "unnamed"}`;
}

export interface ImportResult {
  changed: boolean;
  rows: number;
  sources: string[];
}

/** `atlas import file.csv`: validate everything first, then write it all in one transaction. */
export async function importReportedCsv(
  db: Db,
  path: string,
  now = new Date(),
): Promise<ImportResult> {
  const bytes = await readFile(path);
  const rows = parseReportedCsv(bytes.toString("utf8"));
  const sha = createHash("sha256").update(bytes).digest("hex");
  const at = now.toISOString();
  const bySource = new Map<string, ReportedRow[]>();
  for (const r of rows) bySource.set(r.source, [...(bySource.get(r.source) ?? []), r]);
  return db.transaction().execute(async (trx) => {
    let changed = false;
    for (const [name, list] of bySource) {
      const id = reportedSourceId(name);
      await upsertSource(
        trx,
        {
          id,
          name,
          publisher: name,
          url: list[0]?.url ?? "",
          licence: "As published by the source; imported by an operator",
          attribution: name,
          notes: ["Imported with `atlas import` from a CSV of reported figures."],
        },
        { id, kind: "archive", staleAfterHours: null },
      );
      if (await hasIngest(trx, ingestId(id, sha))) continue;
      changed = true;
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
      sources: [...bySource.keys()].map(reportedSourceId),
    };
  });
}
