/**
 * Pure shaping of API responses into what the map and panels draw. Browser-safe (no store, no
 * Node APIs) so the same functions run in components and in unit tests.
 */

import { compareText } from "../core/compare";
import { formatMonth, monthRange } from "../core/month";
import type { Method } from "../core/schemas";
import { describeChange, type GroupFigure } from "./change";
import { formatRange, namedShare } from "./range";

export interface RowLike {
  country: string | null;
  name: string;
  label: string;
  share: number;
  caveat: string | null;
}

export interface CountryShare {
  /** For an estimated range: its lower bound (what the choropleth colours). */
  share: number;
  /** Set for an estimated range (method `estimated`): never a published share. */
  estimate?: { low: number | null; high: number | null; state: string };
  name: string;
  /** CCAF's asterisk: hashrate possibly relocated there through VPN/proxy services. */
  flagged: boolean;
  caveat: string | null;
}

/** ISO2 → the country's share that month; unallocated buckets (country null) are left out. */
export function sharesByCountry(rows: readonly RowLike[]): Map<string, CountryShare> {
  const out = new Map<string, CountryShare>();
  for (const r of rows) {
    if (r.country === null) continue;
    out.set(r.country, {
      share: r.share,
      name: r.name,
      flagged: r.label.trim().endsWith("*"),
      caveat: r.caveat,
    });
  }
  return out;
}

/** Hashrate no country is named for: the source's "Other" plus whatever it does not cover. */
export function unallocatedShare(rows: readonly RowLike[]): number {
  return Math.max(0, 1 - namedShare(rows));
}

export interface RankedCountry {
  country: string;
  name: string;
  share: number;
  /** Change since the previous month in share points; null when not comparable (gap, other source or method, not named). */
  change: number | null;
}

/**
 * The `n` largest named countries, each with its change from the previous month. The caller
 * passes `previous` only when it comes from the same source and method (lib/analytics/change.ts).
 */
export function topCountries(
  current: readonly RowLike[],
  previous: readonly RowLike[] | null,
  n = 10,
): RankedCountry[] {
  const before = previous ? sharesByCountry(previous) : null;
  return current
    .filter((r): r is RowLike & { country: string } => r.country !== null)
    .sort((a, b) => b.share - a.share || compareText(a.name, b.name))
    .slice(0, n)
    .map((r) => {
      const prev = before?.get(r.country);
      return {
        country: r.country,
        name: r.name,
        share: r.share,
        change: prev === undefined ? null : r.share - prev.share,
      };
    });
}

export interface ComparedCountry {
  country: string | null;
  name: string;
  a: number | null;
  b: number | null;
  /** b − a, or null when either month does not name the country or the months are not comparable. */
  diff: number | null;
}

/**
 * Per-country shares in two months side by side, ordered by the larger of the two. A difference
 * is given only where both months name the country and `comparable` (same source and method).
 */
export function compareShares(
  a: readonly RowLike[],
  b: readonly RowLike[],
  comparable = true,
): ComparedCountry[] {
  const key = (r: RowLike) => r.country ?? `label:${r.label}`;
  const rows = new Map<string, ComparedCountry>();
  for (const r of a)
    rows.set(key(r), { country: r.country, name: r.name, a: r.share, b: null, diff: null });
  for (const r of b) {
    const row = rows.get(key(r)) ?? {
      country: r.country,
      name: r.name,
      a: null,
      b: null,
      diff: null,
    };
    row.b = r.share;
    rows.set(key(r), row);
  }
  return [...rows.values()]
    .map((r) => ({
      ...r,
      diff: comparable && r.a !== null && r.b !== null ? r.b - r.a : null,
    }))
    .sort((x, y) => Math.max(y.a ?? 0, y.b ?? 0) - Math.max(x.a ?? 0, x.b ?? 0));
}

/**
 * What a month shows: a stored share's method, or `estimated` — a range the browser computes from
 * evidence for a month no measured or reported source covers (never stored, never mixed).
 */
type ShownMethod = Method | "estimated";

export interface TimelineMonth {
  month: string;
  method: ShownMethod | null;
}

/**
 * The timeline with `estimated` in place of each gap the evidence model can speak for (a month
 * with network hashrate from 2022-02, when the measured series has ended).
 */
export function withEstimatedMonths(
  months: readonly TimelineMonth[],
  estimable: (month: string) => boolean,
): TimelineMonth[] {
  return months.map((m) =>
    m.method === null && estimable(m.month) ? { ...m, method: "estimated" } : m,
  );
}

/** Every month from the first with data to `last`; months without data carry method null (a gap). */
export function timelineMonths(
  series: readonly { month: string; method: Method }[],
  last: string,
): TimelineMonth[] {
  const first = series[0]?.month;
  if (!first) return [];
  const byMonth = new Map(series.map((s) => [s.month, s.method]));
  return monthRange(first, last > first ? last : first).map((month) => ({
    month,
    method: byMonth.get(month) ?? null,
  }));
}

interface Segment {
  method: ShownMethod | null;
  start: number;
  /** Exclusive index into the timeline months. */
  end: number;
}

/** Runs of equal method along the timeline, for the track's measured / reported / none bands. */
export function methodSegments(months: readonly TimelineMonth[]): Segment[] {
  const out: Segment[] = [];
  months.forEach((m, i) => {
    const last = out.at(-1);
    if (last && last.method === m.method) last.end = i + 1;
    else out.push({ method: m.method, start: i, end: i + 1 });
  });
  return out;
}

/**
 * The one-sentence summary (the header, and what a screen reader hears first), e.g.
 * "Global South 24.2–44.6 % of hashrate in June 2025 (UNCTAD definition): 37 to 65 points lower
 * than in September 2019 (different sources: …; compared as ranges)." A change is one number only
 * within one source and method.
 */
export function summarySentence(
  series: readonly GroupFigure[],
  month: string,
  definitionName: string,
  sourceName: (id: string) => string = (id) => id,
): string {
  const point = series.find((p) => p.month === month);
  const first = series[0];
  if (!point || !first)
    return `No Global South figure for ${formatMonth(month)} (${definitionName} definition).`;
  const head = `Global South ${formatRange(point)} of hashrate in ${formatMonth(month)} (${definitionName} definition)`;
  if (first.month === month) return `${head}, the first month with data.`;
  return `${head}: ${describeChange(first, point, sourceName)}.`;
}
