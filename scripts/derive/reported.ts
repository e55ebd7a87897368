import { z } from "zod";
import { formatMonth } from "../../lib/core/month";
import { percentNumberToFraction } from "../../lib/core/percent";
import { formatPeriod, singleMonthOf } from "../../lib/core/period";
import { toIso2 } from "../../lib/geo/countries";
import {
  type SeedShareRow,
  type SeedSharesFile,
  seedSharesFileSchema,
} from "../../lib/seed/schema";
import { compareText } from "./compare";
import { parseCsv } from "./raw";
import { HASHRATE_INDEX_SOURCE } from "./sources";

/**
 * Hashrate Index (Luxor) heatmap figures from the hand-transcribed estimates CSV → the
 * `reported` country-shares seed file. Only rows that are shares of global hashrate, per country,
 * from Hashrate Index are taken; everything else in that CSV is excluded on purpose (see the
 * source notes for why).
 */

const estimateRowSchema = z.object({
  source_org: z.string(),
  source_product: z.string(),
  period: z.string(),
  period_note: z.string(),
  geo_level: z.enum(["country", "china_province", "aggregate"]),
  geo_name: z.string().min(1),
  iso2: z.string(),
  share_pct: z.string(),
  share_basis: z.string(),
  hashrate_ehs: z.string(),
  secondary_source_url: z.string(),
  notes: z.string(),
  period_start: z.string(),
  period_end: z.string(),
});
type EstimateRow = z.infer<typeof estimateRowSchema>;

const HASHRATE_INDEX_ORG = "Hashrate Index (Luxor)";

const HASHRATE_INDEX_BASIS =
  "share of global hashrate (Hashrate Index methodology), as reported in the press";

/** The month a figure was published, from the first YYYY-MM-DD date in its period note. */
export function reportedMonth(row: Pick<EstimateRow, "period" | "period_note">): string {
  const date = /\b(\d{4}-(?:0[1-9]|1[0-2]))-\d{2}\b/.exec(row.period_note);
  if (date?.[1] === undefined) {
    throw new Error(
      `No publication date (YYYY-MM-DD) in the period note of ${row.period}: ${JSON.stringify(row.period_note)}`,
    );
  }
  return date[1];
}

/**
 * Where a figure goes on the monthly timeline: the month of the period it describes (the
 * "July 2025" map describes 30 June 2025); a period of several months at its last month; where
 * the file gives no period, its publication month. The caveat says which, with both dates.
 */
function placeReportedRow(row: EstimateRow): { month: string; placement: string } {
  const start = row.period_start === "" ? null : row.period_start;
  const end = row.period_end === "" ? null : row.period_end;
  const published = reportedMonth(row);
  if (start === null && end === null)
    return {
      month: published,
      placement: `the source states no data date: placed at its publication month (${formatMonth(published)})`,
    };
  const described = formatPeriod(start, end) ?? "";
  const month = singleMonthOf(start, end) ?? ((end ?? start) as string).slice(0, 7);
  return {
    month,
    placement: `describes ${described}${singleMonthOf(start, end) ? "" : ", shown at its last month"}; published ${formatMonth(published)}`,
  };
}

function parseReportedRow(row: EstimateRow): SeedShareRow {
  const country = toIso2(row.geo_name);
  if (country !== row.iso2) {
    throw new Error(`"${row.geo_name}" maps to ${country} but the CSV says ${row.iso2}`);
  }
  const sources = row.secondary_source_url.split(" ; ").filter((url) => url !== "");
  const { month, placement } = placeReportedRow(row);
  const caveat = [
    placement,
    `${row.period} ${row.period_note}`,
    `quoted by ${sources.join(" and ")}`,
    row.notes,
  ]
    .filter((part) => part !== "")
    .join("; ");
  return {
    month,
    label: row.geo_name,
    country,
    share: percentNumberToFraction(row.share_pct),
    hashrateEhs: row.hashrate_ehs === "" ? null : Number(row.hashrate_ehs),
    caveat,
  };
}

export function deriveHashrateIndex(csvText: string): SeedSharesFile {
  const rows = z
    .array(estimateRowSchema)
    .parse(parseCsv(csvText))
    .filter((row) => row.source_org === HASHRATE_INDEX_ORG && row.geo_level === "country")
    .map(parseReportedRow);
  assertPlausible(rows);
  rows.sort(
    (a, b) => compareText(a.month, b.month) || b.share - a.share || compareText(a.label, b.label),
  );
  return seedSharesFileSchema.parse({
    kind: "country-shares",
    method: "reported",
    source: HASHRATE_INDEX_SOURCE,
    basis: HASHRATE_INDEX_BASIS,
    rows,
  });
}

/**
 * Two figures for one country in one month would mean two reports were conflated, and named
 * countries can cover at most the whole network.
 */
function assertPlausible(rows: readonly SeedShareRow[]): void {
  const seen = new Set<string>();
  const sums = new Map<string, number>();
  for (const row of rows) {
    const key = `${row.month} ${row.country}`;
    if (seen.has(key)) throw new Error(`Hashrate Index: two figures for ${key}`);
    seen.add(key);
    sums.set(row.month, (sums.get(row.month) ?? 0) + row.share);
  }
  for (const [month, sum] of sums) {
    if (sum > 1.001) throw new Error(`Hashrate Index ${month}: countries sum to over 100%`);
  }
}
