import { parse } from "csv-parse/sync";
import { SourceError } from "../../http/errors";
import { type PoolLocationRow, poolLocationRowSchema } from "./schema";

export const SOURCE_ID = "pool-locations";

/** The curated CSV → validated rows; the first bad row stops it with its line number. */
export function parseLocationsCsv(text: string): PoolLocationRow[] {
  let records: Record<string, string>[];
  try {
    records = parse(text, { columns: true, skip_empty_lines: true, bom: true });
  } catch (error) {
    throw new SourceError(SOURCE_ID, "parse", `not readable as CSV: ${(error as Error).message}`);
  }
  return records.map((record, i) => {
    const parsed = poolLocationRowSchema.safeParse(record);
    if (parsed.success) return parsed.data;
    const issue = parsed.error.issues[0];
    // Line 1 is the header, so record i is on line i + 2.
    throw new SourceError(
      SOURCE_ID,
      "parse",
      `line ${i + 2}: ${issue?.path.join(".")}: ${issue?.message}`,
    );
  });
}

/** One entry per (pool, host): several ports of one host are one server. */
export function uniqueHosts(rows: readonly PoolLocationRow[]): PoolLocationRow[] {
  const seen = new Set<string>();
  return rows.filter((r) => {
    const key = `${r.pool_slug} ${r.host}`;
    if (r.host === "" || seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}
