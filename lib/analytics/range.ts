import { compareText } from "../core/compare";
import { formatShareNumber } from "./format";

/**
 * Aggregates over countries as ranges. A source that names countries for only part of the
 * hashrate cannot say how much of the rest belongs to a group: the honest figure is a range,
 * from what the source puts in the group's named members up to that plus everything it leaves
 * open. Pure and browser-safe: the API, the panels, exports and alerts all use these.
 */

interface RangeRow {
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
  /** The source's group figures that narrowed the range (none for most sources). */
  boundedBy: string[];
}

/** A range narrower than this (one percentage point) is shown as a single number. */
const POINT_WIDTH = 0.01;

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

/**
 * A figure the source gives for a group of countries ("Africa 2.2 %"), members known exactly.
 * It is never split into countries; it bounds: the group holds that much, so the countries in it
 * that the source does not name hold at most what is left after those it does.
 */
export interface AggregateRow {
  label: string;
  members: readonly string[];
  share: number;
}

interface Remainder {
  label: string;
  members: ReadonlySet<string>;
  /** The group's share beyond the countries the source names in it. */
  rest: number;
}

function remainders(rows: readonly RangeRow[], aggregates: readonly AggregateRow[]): Remainder[] {
  const named = new Map<string, number>();
  for (const r of rows)
    if (r.country !== null && !isRelocationFlagged(r.label))
      named.set(r.country, (named.get(r.country) ?? 0) + r.share);
  return aggregates.map((a) => ({
    label: a.label,
    members: new Set(a.members),
    rest: Math.max(0, a.share - sum(a.members.map((m) => named.get(m) ?? 0))),
  }));
}

/**
 * What groups lying wholly on one side add to that side's named share: pairwise disjoint ones
 * only (the largest first), so nothing is counted twice.
 */
function fromGroups(rems: readonly Remainder[], inside: (country: string) => boolean) {
  const used: Remainder[] = [];
  for (const r of [...rems]
    .filter((g) => [...g.members].every(inside))
    .sort((a, b) => b.rest - a.rest)) {
    if (r.rest <= 0 || used.some((u) => [...r.members].some((m) => u.members.has(m)))) continue;
    used.push(r);
  }
  return { share: sum(used.map((u) => u.rest)), labels: used.map((u) => u.label) };
}

/**
 * The range of a group's share (e.g. the Global South) in one month of one source. The source's
 * group figures, where it gives any, raise `low` (a group wholly inside) and lower `high` (a group
 * wholly outside): MinerMetrics' "Africa 2.2 %" is Global South hashrate it names no country for.
 */
export function groupRange(
  rows: readonly RangeRow[],
  members: ReadonlySet<string>,
  aggregates: readonly AggregateRow[] = [],
): ShareRange {
  const isMember = (r: RangeRow) => r.country !== null && members.has(r.country);
  const named = sum(
    rows.filter((r) => isMember(r) && !isRelocationFlagged(r.label)).map((r) => r.share),
  );
  const relocated = sum(rows.filter((r) => isRelocationFlagged(r.label)).map((r) => r.share));
  // Published percentages sum to 99.98–100.02 %: a sum just over 1 leaves nothing open.
  const unattributed = Math.max(0, 1 - namedShare(rows));
  const rems = remainders(rows, aggregates);
  const inside = fromGroups(rems, (c) => members.has(c));
  const outside = fromGroups(rems, (c) => !members.has(c));
  const low = named + inside.share;
  let high = Math.min(1, named + relocated + unattributed);
  if (outside.share > 0) {
    const namedOutside = sum(
      rows
        .filter(
          (r) => r.country !== null && !members.has(r.country) && !isRelocationFlagged(r.label),
        )
        .map((r) => r.share),
    );
    high = Math.min(high, 1 - namedOutside - outside.share);
  }
  return {
    low: roundShare(low),
    high: roundShare(Math.max(low, high)),
    unattributed: roundShare(unattributed),
    relocated: roundShare(relocated),
    boundedBy: [...inside.labels, ...outside.labels],
  };
}

/**
 * The most a country the source does not name can hold in the month: what the source leaves
 * unattributed (and flags as relocated), or less where a group figure covering the country says
 * so ("at most 2.2 %: all of Africa"). `boundedBy` names that group.
 */
export function unnamedCountryHigh(
  rows: readonly RangeRow[],
  aggregates: readonly AggregateRow[],
  country: string,
): { high: number; boundedBy: string | null } {
  const relocated = sum(rows.filter((r) => isRelocationFlagged(r.label)).map((r) => r.share));
  let high = Math.min(1, Math.max(0, 1 - namedShare(rows)) + relocated);
  let boundedBy: string | null = null;
  for (const r of remainders(rows, aggregates))
    if (r.members.has(country) && r.rest < high) {
      high = r.rest;
      boundedBy = r.label;
    }
  return { high: roundShare(high), boundedBy };
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
    .sort((a, b) => b.share - a.share || compareText(a.country, b.country));
}

export function isPoint(range: Pick<ShareRange, "low" | "high">): boolean {
  return range.high - range.low < POINT_WIDTH;
}

/**
 * "24.2–44.6 %", or "81.9 %" where the range is narrower than a point; "0–2.2 %" from zero.
 * Numbers by the one share format (formatShareNumber).
 */
export function formatRange(range: Pick<ShareRange, "low" | "high">): string {
  return isPoint(range)
    ? `${formatTenths(range.low)} %`
    : `${formatTenths(range.low)}–${formatTenths(range.high)} %`;
}

/** 0.44645 → "44.6", 0.23 → "23.0", 0.0015 → "0.15": the one share format, without "%". */
export function formatTenths(share: number): string {
  return formatShareNumber(roundShare(share));
}

function sum(values: readonly number[]): number {
  return values.reduce((a, b) => a + b, 0);
}

/** Shares come from percentages with ≤ 3 decimals; rounding to 1e-9 removes float noise from sums. */
export function roundShare(value: number): number {
  return Math.round(value * 1e9) / 1e9;
}
