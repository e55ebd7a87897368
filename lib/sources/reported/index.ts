import type { ParsedBatch } from "../../ingest/write";
import type { SourceRecord } from "../../store/sources";
import type { SourceFamily } from "../definition";
import { parseReportedCsv } from "./parse";
import { type ReportedRow, reportedSourceId } from "./schema";

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
  records: ["country-shares"],
  seeded: true,
  fileImport: {
    kind: "reported",
    usage: "atlas import FILE.csv",
    parse: (text) => {
      const rows = parseReportedCsv(text);
      return { rows: rows.length, batches: reportedBatches(rows) };
    },
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

/**
 * A CSV of reported figures, one batch per source it names: each replaces its source's rows for
 * the months it covers (a row dropped from a corrected file goes), so re-importing an older file
 * after a newer one restores the older rows.
 */
function reportedBatches(rows: readonly ReportedRow[]): ParsedBatch[] {
  // Grouped by source id; the parser has refused two spellings of one id.
  const bySource = new Map<string, ReportedRow[]>();
  for (const r of rows) {
    const id = reportedSourceId(r.source);
    bySource.set(id, [...(bySource.get(id) ?? []), r]);
  }
  return [...bySource].map(([id, list]) => ({
    kind: "country-shares",
    source: importedSource(id, list[0]?.source ?? id, list[0]?.url ?? ""),
    records: {
      rows: list.map((r) => ({
        month: r.month,
        label: r.country,
        country: r.country,
        share: r.share,
        hashrate_ehs: null,
        method: "reported" as const,
        basis: "reported figure (imported CSV)",
        caveat: `as reported at ${r.url}`,
      })),
      aggregates: [],
      months: [...new Set(list.map((r) => r.month))],
    },
  }));
}
