import type { Method } from "../seed/schema";

/** One stored share, as the analytics functions need it. */
export interface ShareInput {
  sourceId: string;
  month: string;
  country: string | null;
  label: string;
  share: number;
  method: Method;
  caveat: string | null;
  basis: string;
}

/** Measured beats reported beats modeled: a month is shown from its most direct evidence. */
const METHOD_RANK: Record<Method, number> = { measured: 0, reported: 1, modeled: 2 };

export interface MonthSeries {
  month: string;
  sourceId: string;
  method: Method;
  basis: string;
  /** Fraction of total hashrate attributed to a named country (the rest is an unallocated bucket or not covered). */
  coverage: number;
  rows: ShareInput[];
}

/**
 * Picks, for one month, the rows of a single source — the one with the most direct method —
 * so a month never silently mixes methods or sources.
 */
export function pickMonthSeries(rows: readonly ShareInput[]): MonthSeries | null {
  const first = rows[0];
  if (!first) return null;
  const best = [
    ...new Set(rows.map((r) => `${METHOD_RANK[r.method]}\u0000${r.sourceId}`)),
  ].sort()[0];
  const sourceId = best?.split("\u0000")[1] ?? first.sourceId;
  const chosen = rows.filter((r) => r.sourceId === sourceId);
  const head = chosen[0] ?? first;
  return {
    month: head.month,
    sourceId,
    method: head.method,
    basis: head.basis,
    coverage: roundShare(sum(chosen.filter((r) => r.country !== null).map((r) => r.share))),
    rows: [...chosen].sort((a, b) => b.share - a.share || a.label.localeCompare(b.label)),
  };
}

/** Groups rows by month and picks each month's series; result sorted by month. */
export function monthlySeries(rows: readonly ShareInput[]): MonthSeries[] {
  const byMonth = new Map<string, ShareInput[]>();
  for (const row of rows) {
    const list = byMonth.get(row.month);
    if (list) list.push(row);
    else byMonth.set(row.month, [row]);
  }
  return [...byMonth.keys()]
    .sort()
    .map((m) => pickMonthSeries(byMonth.get(m) ?? []))
    .filter((s): s is MonthSeries => s !== null);
}

/** Σ shares of the month's countries that belong to the definition. */
export function groupShare(series: MonthSeries, members: ReadonlySet<string>): number {
  return roundShare(
    sum(
      series.rows.filter((r) => r.country !== null && members.has(r.country)).map((r) => r.share),
    ),
  );
}

function sum(values: readonly number[]): number {
  return values.reduce((a, b) => a + b, 0);
}

/** Shares come from percentages with ≤ 3 decimals; rounding to 1e-9 removes float noise from sums. */
export function roundShare(value: number): number {
  return Math.round(value * 1e9) / 1e9;
}
