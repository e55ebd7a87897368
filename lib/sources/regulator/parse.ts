import type { RegulatorFigure } from "../../evidence/regulator-figure";
import { CsvImportError, lineProblems, readCsvRecords } from "../csv-records";
import { REGULATOR_COLUMNS, regulatorRowSchema } from "./schema";

/** "FY2023/24 (Jul 2023-Jul 2024)" names no single month; "2025-02" and "2023-11-27" do. */
function monthIn(text: string): string | null {
  return /\b(\d{4}-(0[1-9]|1[0-2]))(?:-\d{2})?\b/.exec(text)?.[1] ?? null;
}

/**
 * The regulators' file → validated figures, every problem with its line (bad ISO code, missing
 * value or unit, bad URL or date, a figure given twice); nothing unless the whole file is good.
 */
export function parseRegulatorCsv(text: string): RegulatorFigure[] {
  const { records, problems } = readCsvRecords(text, REGULATOR_COLUMNS);
  const figures: RegulatorFigure[] = [];
  const seen = new Map<string, number>();
  for (const { line, values } of records) {
    const parsed = regulatorRowSchema.safeParse(values);
    if (!parsed.success) {
      problems.push(...lineProblems(line, parsed.error.issues));
      continue;
    }
    const r = parsed.data;
    const key = [r.country_iso2, r.authority, r.period, r.metric, r.value, r.source_url].join(" ");
    const first = seen.get(key);
    if (first !== undefined) problems.push(`line ${line}: duplicate of line ${first}`);
    else seen.set(key, line);
    if (r.period_start && r.period_end && r.period_start > r.period_end)
      problems.push(`line ${line}: period_end: is before period_start`);
    const numeric = /^-?\d+(\.\d+)?$/.test(r.value);
    figures.push({
      country: r.country_iso2,
      authority: r.authority,
      period: r.period,
      metric: r.metric,
      value: r.value,
      number: numeric ? Number(r.value) : null,
      unit: r.unit,
      basis: r.basis,
      sourceUrl: r.source_url,
      sourceDate: r.source_date,
      note: r.note,
      asOf:
        r.period_end?.slice(0, 7) ??
        r.period_start?.slice(0, 7) ??
        r.source_date?.slice(0, 7) ??
        monthIn(r.period),
      periodStart: r.period_start,
      periodEnd: r.period_end,
      role: r.estimation_role,
      line,
    });
  }
  if (problems.length > 0) throw new CsvImportError(problems);
  return figures;
}
