import { z } from "zod";
import { percentToFraction } from "../../lib/core/percent";
import { toIso2 } from "../../lib/geo/countries";
import {
  type SeedShareRow,
  type SeedSharesFile,
  seedSharesFileSchema,
} from "../../lib/seed/schema";
import { compareText } from "./compare";
import { parseCsv } from "./raw";
import { CBECI_SOURCE } from "./sources";

/** CCAF CBECI Mining Map country CSV → the `measured` country-shares seed file. */

const ccafRowSchema = z.object({
  date: z.string().regex(/^\d{4}-\d{2}-01$/, "date must be the first of a month (YYYY-MM-01)"),
  country: z.string().min(1),
  "monthly_hashrate_%": z.string(),
  "monthly_absolute_hashrate_EH/S": z.string().regex(/^\d+(\.\d+)?$/, "EH/s must be a number"),
});

/** CCAF's bucket for hashrate it could not attribute to a listed country. */
const UNALLOCATED_LABEL = "Other";
/** CCAF marks countries whose hashrate may be VPN/proxy relocation with a trailing " *". */
const RELOCATION_MARK = " *";

const CAVEAT_RELOCATED =
  "CCAF asterisk: this hashrate may be relocated through VPN/proxy services, so the miners may not be in this country";
const CAVEAT_UNALLOCATED = "unallocated: hashrate CCAF could not attribute to a listed country";

/** Published months sum to 99.98–100.02 %; outside this band something was misread. */
const SUM_TOLERANCE = 0.001;

const CBECI_BASIS =
  "share of global hashrate: CCAF's extrapolation to the whole network from the geolocated IPs of miners at a sample of pools covering about 35–37 % of hashrate";

const CAVEAT_VANISHED =
  "0 % in this month between non-zero months: CCAF attributes such drops (China after its 2021 mining ban) to miners hidden behind foreign VPN/proxy services, so this is not a measured absence";

/** ISO2 for a CCAF label: "Germany *" → DE, "Other" → null; throws on names nobody mapped. */
export function ccafCountry(label: string): string | null {
  if (label === UNALLOCATED_LABEL) return null;
  const name = label.endsWith(RELOCATION_MARK) ? label.slice(0, -RELOCATION_MARK.length) : label;
  return toIso2(name);
}

export function ccafCaveat(label: string): string | null {
  if (label === UNALLOCATED_LABEL) return CAVEAT_UNALLOCATED;
  return label.endsWith(RELOCATION_MARK) ? CAVEAT_RELOCATED : null;
}

function parseCcafRow(row: z.infer<typeof ccafRowSchema>): SeedShareRow {
  return {
    month: row.date.slice(0, 7),
    label: row.country,
    country: ccafCountry(row.country),
    share: percentToFraction(row["monthly_hashrate_%"]),
    hashrateEhs: Number(row["monthly_absolute_hashrate_EH/S"]),
    caveat: ccafCaveat(row.country),
  };
}

/** Throws naming the month when a month's shares do not add up to 100 % (± 0.1 point). */
export function assertMonthsSumToWhole(rows: readonly SeedShareRow[]): void {
  const sums = new Map<string, number>();
  for (const row of rows) sums.set(row.month, (sums.get(row.month) ?? 0) + row.share);
  for (const [month, sum] of sums) {
    if (Math.abs(sum - 1) > SUM_TOLERANCE) {
      throw new Error(`CBECI ${month}: shares sum to ${(sum * 100).toFixed(3)}%, not 99.9–100.1%`);
    }
  }
}

/**
 * A named country at exactly 0 % between months where it has hashrate did not stop mining in
 * CCAF's account: the caveat travels with the row so every view of that month can say so.
 */
function markVanished(rows: readonly SeedShareRow[]): SeedShareRow[] {
  const positive = new Map<string, string[]>();
  for (const r of rows) {
    if (r.country === null || r.share <= 0) continue;
    positive.set(r.label, [...(positive.get(r.label) ?? []), r.month]);
  }
  return rows.map((r) => {
    const months = positive.get(r.label) ?? [];
    const between = months.some((m) => m < r.month) && months.some((m) => m > r.month);
    return r.country !== null && r.share === 0 && r.caveat === null && between
      ? { ...r, caveat: CAVEAT_VANISHED }
      : r;
  });
}

export function deriveCbeci(csvText: string): SeedSharesFile {
  const rows = markVanished(z.array(ccafRowSchema).parse(parseCsv(csvText)).map(parseCcafRow));
  assertMonthsSumToWhole(rows);
  // Month, then largest share first (label breaks ties), whatever order the export used.
  rows.sort(
    (a, b) => compareText(a.month, b.month) || b.share - a.share || compareText(a.label, b.label),
  );
  return seedSharesFileSchema.parse({
    kind: "country-shares",
    method: "measured",
    source: CBECI_SOURCE,
    basis: CBECI_BASIS,
    rows,
  });
}
