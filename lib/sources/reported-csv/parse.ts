import { parse } from "csv-parse/sync";
import { CsvImportError } from "../csv-records";
import { REPORTED_HEADER, type ReportedRow, reportedRowSchema, reportedSourceId } from "./schema";

export { CsvImportError };

interface Parsed {
  record: string[];
  info: { lines: number };
}

export function parseReportedCsv(text: string): ReportedRow[] {
  let records: Parsed[];
  try {
    // `info: true` makes each record `{ record, info }`; the typings do not follow the option.
    records = parse(text, {
      info: true,
      relax_column_count: true,
      skip_empty_lines: true,
      bom: true,
    }) as unknown as Parsed[];
  } catch (error) {
    throw new CsvImportError([`not readable as CSV: ${(error as Error).message}`]);
  }
  const [header, ...body] = records;
  if (!header || header.record.join(",") !== REPORTED_HEADER.join(",")) {
    throw new CsvImportError([
      `line 1: header must be exactly "${REPORTED_HEADER.join(",")}" (found "${header?.record.join(",") ?? ""}")`,
    ]);
  }
  const problems: string[] = [];
  const rows: ReportedRow[] = [];
  const seen = new Map<string, number>();
  /** Source id → the first spelling that produced it, and its line: one id, one spelling. */
  const spellings = new Map<string, { name: string; line: number }>();
  for (const { record, info } of body) {
    const line = info.lines;
    if (record.length !== REPORTED_HEADER.length) {
      problems.push(
        `line ${line}: expected ${REPORTED_HEADER.length} columns, found ${record.length}`,
      );
      continue;
    }
    const parsed = reportedRowSchema.safeParse(
      Object.fromEntries(REPORTED_HEADER.map((h, i) => [h, record[i]])),
    );
    if (!parsed.success) {
      for (const issue of parsed.error.issues)
        problems.push(`line ${line}: ${issue.path.join(".")}: ${issue.message}`);
      continue;
    }
    const id = reportedSourceId(parsed.data.source);
    const spelling = spellings.get(id);
    if (spelling === undefined) spellings.set(id, { name: parsed.data.source, line });
    else if (spelling.name !== parsed.data.source)
      problems.push(
        `line ${line}: source "${parsed.data.source}" and "${spelling.name}" (line ${spelling.line}) are the same source (${id}); spell it one way`,
      );
    const key = `${parsed.data.month} ${parsed.data.country} ${parsed.data.source}`;
    const first = seen.get(key);
    if (first !== undefined) problems.push(`line ${line}: duplicate of line ${first} (${key})`);
    else seen.set(key, line);
    rows.push(parsed.data);
  }
  problems.push(...overfullMonths(rows));
  if (problems.length > 0) throw new CsvImportError(problems);
  if (rows.length === 0) throw new CsvImportError(["the file has a header but no rows"]);
  return rows;
}

/** A source's shares for one month cannot add up to more than the whole network. */
function overfullMonths(rows: readonly ReportedRow[]): string[] {
  const sums = new Map<string, number>();
  for (const r of rows)
    sums.set(`${r.month} ${r.source}`, (sums.get(`${r.month} ${r.source}`) ?? 0) + r.share);
  return [...sums]
    .filter(([, sum]) => sum > 1.0005)
    .map(([key, sum]) => `shares for ${key} add up to ${sum.toFixed(4)} (> 1)`);
}
