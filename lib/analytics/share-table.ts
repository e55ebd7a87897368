/**
 * The rows of a month's share table, as the screen shows them and the CSV gives them (one
 * definition, so the two never differ): every row the source gives, and the hashrate it names no
 * country for as a row of its own — unknown, not zero.
 */

/** Rows sum to 99.98–100.02 % when a source covers everything; anything more is a row. */
const NOT_NAMED_MIN = 0.0005;

export const NOT_NAMED_LABEL = "Not named by the source";

export const NOT_NAMED_NOTE =
  "The source names no country for this hashrate: it is unknown, not zero, and could be anywhere.";

/** The share the month's rows leave without any row, or null where the rows cover everything. */
export function notNamedShare(rows: readonly { share: number }[]): number | null {
  const uncovered = 1 - rows.reduce((s, r) => s + r.share, 0);
  return uncovered > NOT_NAMED_MIN ? Math.round(uncovered * 1e5) / 1e5 : null;
}

/** Whether a row's country is in the Global South: "yes", "no", or "unknown" (no country). */
export function globalSouthCell(
  country: string | null,
  members: ReadonlySet<string>,
): "yes" | "no" | "unknown" {
  if (country === null) return "unknown";
  return members.has(country) ? "yes" : "no";
}
