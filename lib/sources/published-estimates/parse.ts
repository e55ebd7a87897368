import { isMonth } from "../../core/month";
import { singleMonthOf } from "../../core/period";
import type { Claim } from "../../evidence/claim";
import { isIso2, toIso2 } from "../../geo/countries";
import { CsvImportError, lineProblems, readCsvRecords } from "../csv-records";
import { ESTIMATE_COLUMNS, estimateRowSchema } from "./schema";

/**
 * The month a claim is placed at: the month its period lies in; when the file gives no period,
 * its publication month (`period` as YYYY-MM, see placedAtPublication); otherwise none — a
 * quarter or a year is shown as the period it is, never placed at a guessed month.
 */
function placement(period: string, start: string | null, end: string | null): string | null {
  if (start !== null || end !== null) return singleMonthOf(start, end);
  return isMonth(period) ? period : null;
}

/** The name's code; where the name is unknown, the row's own code when it is a known one. */
function countryOf(name: string, iso2: string): string | null {
  try {
    return toIso2(name);
  } catch {
    return iso2 !== "" && isIso2(iso2) ? iso2 : null;
  }
}

/**
 * The published estimates file → validated claims, every problem with its line (unknown level or
 * confidence, a share over 100 %, a country name that does not match its code, bad dates, a
 * period that ends before it starts, a URL that is not http(s)); nothing unless the whole file is good.
 */
export function parseEstimatesCsv(text: string): Claim[] {
  const { records, problems } = readCsvRecords(text, ESTIMATE_COLUMNS);
  const claims: Claim[] = [];
  for (const { line, values } of records) {
    const parsed = estimateRowSchema.safeParse(values);
    if (!parsed.success) {
      problems.push(...lineProblems(line, parsed.error.issues));
      continue;
    }
    const row = parsed.data;
    const country = row.geo_level === "country" ? countryOf(row.geo_name, row.iso2) : null;
    if (row.geo_level === "country" && country === null)
      problems.push(
        `line ${line}: geo_name: "${row.geo_name}" is not a country name we know; give its iso2`,
      );
    if (country !== null && row.iso2 !== "" && country !== row.iso2)
      problems.push(`line ${line}: iso2: "${row.geo_name}" is ${country}, not ${row.iso2}`);
    if (row.period_start && row.period_end && row.period_start > row.period_end)
      problems.push(`line ${line}: period_end: is before period_start`);
    const urls = row.secondary_source_url
      .split(";")
      .map((u) => u.trim())
      .filter((u) => u !== "");
    const badUrl = urls.find((u) => !/^https?:\/\/[^\s]+$/.test(u));
    if (badUrl !== undefined)
      problems.push(`line ${line}: secondary_source_url: "${badUrl}" is not an http(s) URL`);
    const month = placement(row.period, row.period_start, row.period_end);
    claims.push({
      line,
      publisher: row.source_org,
      product: row.source_product,
      period: row.period,
      periodNote: row.period_note,
      month,
      periodStart: row.period_start,
      periodEnd: row.period_end,
      geoLevel: row.geo_level,
      geoName: row.geo_name,
      country,
      share: row.share_pct,
      shareBasis: row.share_basis,
      hashrateEhs: row.hashrate_ehs,
      urls,
      notes: row.notes,
      confidence: row.confidence,
    });
  }
  if (problems.length > 0) throw new CsvImportError(problems);
  return claims;
}
