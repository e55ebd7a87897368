import { CsvImportError, lineProblems, readCsvRecords } from "../csv-records";
import { REPORTED_HEADER, type ReportedRow, reportedRowSchema, reportedSourceId } from "./schema";

export { CsvImportError };

export function parseReportedCsv(text: string): ReportedRow[] {
  const { records, problems } = readCsvRecords(text, REPORTED_HEADER, true);
  const rows: ReportedRow[] = [];
  const seen = new Map<string, number>();
  /** Source id → the first spelling that produced it, and its line: one id, one spelling. */
  const spellings = new Map<string, { name: string; line: number }>();
  for (const { line, values } of records) {
    const parsed = reportedRowSchema.safeParse(values);
    if (!parsed.success) {
      problems.push(...lineProblems(line, parsed.error.issues));
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
