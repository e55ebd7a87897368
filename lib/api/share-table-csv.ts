import {
  globalSouthCell,
  NOT_NAMED_LABEL,
  NOT_NAMED_NOTE,
  notNamedShare,
} from "../analytics/share-table";
import type { ShareView } from "../queries/shares-view";
import { toCsv } from "./csv";

/**
 * The view's share table as CSV, one layout for the live view (`/api/v1/shares?format=csv`) and a
 * frozen snapshot (`/api/v1/snapshots/{id}?format=csv`), so the two files of the same month have the
 * same columns in the same order: the on-screen table's rows, the share the source
 * names no country for as a row of its own, and the Global South column with its definition.
 */
export const SHARE_TABLE_CSV_HEADER = [
  "month",
  "country",
  "name",
  "label",
  "share",
  "method",
  "source",
  "global_south",
  "global_south_definition",
  "caveat",
] as const;

/** What a row needs of a month's shares: live (ShareView) and frozen views both carry it. */
type MonthTable = Pick<ShareView, "month" | "method" | "rows"> & { source: { id: string } };

/** The definition the Global South column follows. */
type ColumnDefinition = { id: string; members: readonly string[] };

/** A month's rows as the screen's table shows them, the not-named share last. */
export function shareTableCsvRows(view: MonthTable, definition: ColumnDefinition): unknown[][] {
  const members = new Set(definition.members);
  const rows: unknown[][] = view.rows.map((r) => [
    view.month,
    r.country,
    r.name,
    r.label,
    r.share,
    r.method,
    r.source,
    globalSouthCell(r.country, members),
    definition.id,
    r.caveat,
  ]);
  const notNamed = notNamedShare(view.rows);
  if (notNamed !== null)
    rows.push([
      view.month,
      null,
      NOT_NAMED_LABEL,
      NOT_NAMED_LABEL,
      notNamed,
      view.method,
      view.source.id,
      globalSouthCell(null, members),
      definition.id,
      NOT_NAMED_NOTE,
    ]);
  return rows;
}

/** One or more months' tables (compare mode gives both) in one file, in the order given. */
export function shareTableCsv(views: readonly MonthTable[], definition: ColumnDefinition): string {
  return toCsv(
    SHARE_TABLE_CSV_HEADER,
    views.flatMap((v) => shareTableCsvRows(v, definition)),
  );
}
