/**
 * Aggregates over countries as ranges. A source that names countries for only part of the
 * hashrate cannot say how much of the rest belongs to a group: the honest figure is a range,
 * from what the source puts in the group's named members up to that plus everything it leaves
 * open. Pure and browser-safe: the API, the panels, exports and alerts all use these.
 */

export interface RangeRow {
  /** ISO 3166-1 alpha-2, or null for a bucket no country is given for (CCAF's "Other"). */
  country: string | null;
  label: string;
  share: number;
}

export interface ShareRange {
  /** Σ shares of the group's members the source names (and does not flag as relocated). */
  low: number;
  /** `low` + relocated + unattributed: the most the group could hold by this source's account. */
  high: number;
  /** Hashrate no country is named for: the source's unallocated bucket plus what it leaves out. */
  unattributed: number;
  /** Hashrate the source flags as possibly relocated (CCAF's asterisk), wherever it is named. */
  relocated: number;
}

/** A range narrower than this (one percentage point) is shown as a single number. */
export const POINT_WIDTH = 0.01;

/**
 * CCAF's asterisk ("Germany *"): hashrate that may have been relocated there through VPN or
 * proxy services. Where the miners really are is unknown, so such a row counts toward no
 * group's `low`, and toward every group's `high`.
 */
export function isRelocationFlagged(label: string): boolean {
  return label.trim().endsWith("*");
}

/** Σ of what the source names, flagged rows included; what is left is unattributed. */
export function namedShare(rows: readonly RangeRow[]): number {
  return roundShare(sum(rows.filter((r) => r.country !== null).map((r) => r.share)));
}

/** The range of a group's share (e.g. the Global South) in one month of one source. */
export function groupRange(rows: readonly RangeRow[], members: ReadonlySet<string>): ShareRange {
  const low = sum(
    rows
      .filter((r) => r.country !== null && members.has(r.country) && !isRelocationFlagged(r.label))
      .map((r) => r.share),
  );
  const relocated = sum(rows.filter((r) => isRelocationFlagged(r.label)).map((r) => r.share));
  // Published percentages sum to 99.98–100.02 %: a sum just over 1 leaves nothing open.
  const unattributed = Math.max(0, 1 - namedShare(rows));
  return {
    low: roundShare(low),
    high: roundShare(Math.min(1, low + relocated + unattributed)),
    unattributed: roundShare(unattributed),
    relocated: roundShare(relocated),
  };
}

/** The members the source names in the month (not flagged), each with its share. */
export function namedMembers(
  rows: readonly RangeRow[],
  members: ReadonlySet<string>,
): { country: string; share: number }[] {
  return rows
    .filter(
      (r): r is RangeRow & { country: string } =>
        r.country !== null && members.has(r.country) && !isRelocationFlagged(r.label),
    )
    .map((r) => ({ country: r.country, share: r.share }))
    .sort((a, b) => b.share - a.share || a.country.localeCompare(b.country));
}

export function isPoint(range: Pick<ShareRange, "low" | "high">): boolean {
  return range.high - range.low < POINT_WIDTH;
}

/**
 * "24.2–44.6 %", or "81.9 %" where the range is narrower than a point. One decimal: the ranges
 * are not more precise than that.
 */
export function formatRange(range: Pick<ShareRange, "low" | "high">): string {
  return isPoint(range)
    ? `${formatTenths(range.low)} %`
    : `${formatTenths(range.low)}–${formatTenths(range.high)} %`;
}

/** 0.44645 → "44.6", 0.23 → "23.0": percent with one decimal, always shown. */
export function formatTenths(share: number): string {
  return (Math.round(roundShare(share) * 1000) / 10).toFixed(1);
}

function sum(values: readonly number[]): number {
  return values.reduce((a, b) => a + b, 0);
}

/** Shares come from percentages with ≤ 3 decimals; rounding to 1e-9 removes float noise from sums. */
export function roundShare(value: number): number {
  return Math.round(value * 1e9) / 1e9;
}
