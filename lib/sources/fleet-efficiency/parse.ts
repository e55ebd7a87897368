import { periodDays } from "../../core/period";
import { CsvImportError, lineProblems, readCsvRecords } from "../csv-records";
import { FLEET_COLUMNS, type FleetMonth, fleetRowSchema } from "./schema";

/**
 * The CBECI band file → one band per month: rows that start on a month's first day and end in
 * the same month with all three values. Annual rows and the CCAF report's single 2024 figure (no
 * band) are not a month's band and are left out, on purpose.
 */
export function parseFleetEfficiencyCsv(text: string): FleetMonth[] {
  const { records, problems } = readCsvRecords(text, FLEET_COLUMNS);
  const months = new Map<string, FleetMonth>();
  for (const { line, values } of records) {
    const parsed = fleetRowSchema.safeParse(values);
    if (!parsed.success) {
      problems.push(...lineProblems(line, parsed.error.issues));
      continue;
    }
    const r = parsed.data;
    const month = r.period_start.slice(0, 7);
    const monthly = r.period_start.endsWith("-01") && r.period_end.slice(0, 7) === month;
    if (!monthly || r.low_j_per_th === null || r.high_j_per_th === null) continue;
    if (r.central_j_per_th === null) continue;
    if (r.low_j_per_th > r.high_j_per_th) {
      problems.push(`line ${line}: low_j_per_th: is above high_j_per_th`);
      continue;
    }
    if (months.has(month)) problems.push(`line ${line}: a second band for ${month}`);
    months.set(month, {
      month,
      low: r.low_j_per_th,
      central: r.central_j_per_th,
      high: r.high_j_per_th,
      days: periodDays(r.period_start, r.period_end),
    });
  }
  if (problems.length > 0) throw new CsvImportError(problems);
  return [...months.values()].sort((a, b) => (a.month < b.month ? -1 : 1));
}
