import type { SiteFact } from "../../evidence/site-fact";
import { CsvImportError, lineProblems, readCsvRecords } from "../csv-records";
import { SITE_COLUMNS, siteRowSchema } from "./schema";

/**
 * The sites file → validated facts. Every problem is reported with its line (bad ISO code,
 * coordinates out of range, unknown status, bad dates or numbers, a fact given twice, a site
 * whose rows disagree on its country); nothing is returned unless the whole file is good.
 */
export function parseSitesCsv(text: string): SiteFact[] {
  const { records, problems } = readCsvRecords(text, SITE_COLUMNS);
  const facts: SiteFact[] = [];
  const seen = new Map<string, number>();
  const countryOf = new Map<string, { country: string; line: number }>();
  for (const { line, values } of records) {
    const parsed = siteRowSchema.safeParse(values);
    if (!parsed.success) {
      problems.push(...lineProblems(line, parsed.error.issues));
      continue;
    }
    const r = parsed.data;
    const key = [r.site_id, r.status, r.status_as_of ?? "undated", r.source_url].join(" ");
    const first = seen.get(key);
    if (first !== undefined)
      problems.push(
        `line ${line}: duplicate fact: same site, status, date and source as line ${first}`,
      );
    else seen.set(key, line);
    if ((r.capacity_mw === null) !== (r.mw_basis === null))
      problems.push(
        r.capacity_mw === null
          ? `line ${line}: mw_basis: must be blank when capacity_mw is blank`
          : `line ${line}: mw_basis: is required when capacity_mw is given (what the MW measures)`,
      );
    const site = countryOf.get(r.site_id);
    if (site && site.country !== r.country_iso2)
      problems.push(
        `line ${line}: site ${r.site_id} is in ${r.country_iso2} here but in ${site.country} on line ${site.line}`,
      );
    else if (!site) countryOf.set(r.site_id, { country: r.country_iso2, line });
    facts.push({
      siteId: r.site_id,
      operator: r.operator,
      name: r.site_name,
      country: r.country_iso2,
      locality: r.locality,
      lat: r.lat,
      lon: r.lon,
      precision: r.coord_precision,
      capacityMw: r.capacity_mw,
      mwBasis: r.mw_basis,
      hashrateEhs: r.hashrate_ehs,
      status: r.status,
      asOf: r.status_as_of,
      firstEnergized: r.first_energized,
      ended: r.ended,
      sourceKind: r.source_kind,
      sourceUrl: r.source_url,
      sourceDate: r.source_date,
      note: r.note,
      confidence: r.confidence,
      line,
    });
  }
  if (problems.length > 0) throw new CsvImportError(problems);
  return facts;
}
