import type { MinerFigure } from "../../evidence/miner-figure";
import { CsvImportError, lineProblems, readCsvRecords } from "../csv-records";
import { MINER_COLUMNS, minerRowSchema } from "./schema";

/**
 * The listed miners' file → validated figures, every problem with its line (a basis, metric,
 * scope or confidence outside the listed words, a bad date, country or URL, a figure given twice);
 * nothing unless the whole file is good.
 */
export function parseMinersCsv(text: string): MinerFigure[] {
  const { records, problems } = readCsvRecords(text, MINER_COLUMNS);
  const figures: MinerFigure[] = [];
  const seen = new Map<string, number>();
  for (const { line, values } of records) {
    const parsed = minerRowSchema.safeParse(values);
    if (!parsed.success) {
      problems.push(...lineProblems(line, parsed.error.issues));
      continue;
    }
    const r = parsed.data;
    const key = [
      r.company,
      r.as_of,
      r.country_iso2,
      r.site,
      r.metric,
      r.value,
      r.basis,
      r.source_url,
    ].join(" ");
    const first = seen.get(key);
    if (first !== undefined) problems.push(`line ${line}: duplicate of line ${first}`);
    else seen.set(key, line);
    figures.push({
      company: r.company,
      ticker: r.ticker,
      asOf: r.as_of,
      month: r.as_of.slice(0, 7),
      country: r.country_iso2,
      site: r.site,
      metric: r.metric,
      value: r.value,
      basis: r.basis,
      scope: r.scope,
      sourceName: r.source_name,
      sourceUrl: r.source_url,
      quote: r.quote,
      confidence: r.confidence,
      line,
    });
  }
  if (problems.length > 0) throw new CsvImportError(problems);
  return figures;
}
