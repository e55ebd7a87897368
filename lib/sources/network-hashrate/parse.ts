import { CsvImportError, lineProblems, readCsvRecords } from "../csv-records";
import { NETWORK_COLUMNS, networkDayRowSchema } from "./schema";

interface NetworkDay {
  day: string;
  ehs: number;
}

/** The daily series → validated days, every bad line named; nothing unless the whole file is good. */
export function parseNetworkDailyCsv(text: string): NetworkDay[] {
  const { records, problems } = readCsvRecords(text, NETWORK_COLUMNS);
  const days: NetworkDay[] = [];
  const seen = new Map<string, number>();
  for (const { line, values } of records) {
    const parsed = networkDayRowSchema.safeParse(values);
    if (!parsed.success) {
      problems.push(...lineProblems(line, parsed.error.issues));
      continue;
    }
    const first = seen.get(parsed.data.date);
    if (first !== undefined) problems.push(`line ${line}: date: duplicate of line ${first}`);
    seen.set(parsed.data.date, line);
    days.push({ day: parsed.data.date, ehs: parsed.data.hashrate_ehs });
  }
  if (problems.length > 0) throw new CsvImportError(problems);
  return days.sort((a, b) => (a.day < b.day ? -1 : 1));
}
