import { compareText } from "../core/compare";
import { coversMonth } from "../core/coverage";
import type { Method } from "../core/schemas";
import type { ShareInput } from "../store/shares";
import { type AggregateRow, namedShare } from "./range";

/** Measured beats reported: a month is shown from its most direct evidence. */
const METHOD_RANK: Record<Method, number> = { measured: 0, reported: 1 };

export interface MonthSeries {
  month: string;
  sourceId: string;
  method: Method;
  basis: string;
  /** Fraction of total hashrate attributed to a named country (the rest is an unallocated bucket or not covered). */
  coverage: number;
  rows: ShareInput[];
  /** The source's group figures for the month ("Africa 2.2 %"); none for most sources. */
  aggregates: AggregateRow[];
}

/**
 * Picks, for one month, the rows of a single source, so a month never silently mixes methods or
 * sources: among the sources that cover the month (MIN_COVERAGE), the most direct method, then
 * the higher coverage; only when none covers it, the best of the rest by the same order.
 */
export function pickMonthSeries(rows: readonly ShareInput[]): MonthSeries | null {
  const bySource = new Map<string, ShareInput[]>();
  for (const row of rows) {
    const list = bySource.get(row.sourceId);
    if (list) list.push(row);
    else bySource.set(row.sourceId, [row]);
  }
  const candidates = [...bySource].map(([sourceId, chosen]) => {
    const head = chosen[0] as ShareInput;
    return {
      month: head.month,
      sourceId,
      method: head.method,
      basis: head.basis,
      coverage: namedShare(chosen),
      rows: [...chosen].sort((a, b) => b.share - a.share || compareText(a.label, b.label)),
      aggregates: [] as AggregateRow[],
    };
  });
  candidates.sort(
    (a, b) =>
      Number(coversMonth(b.coverage)) - Number(coversMonth(a.coverage)) ||
      METHOD_RANK[a.method] - METHOD_RANK[b.method] ||
      b.coverage - a.coverage ||
      compareText(a.sourceId, b.sourceId),
  );
  return candidates[0] ?? null;
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

/** The group figures the month's chosen source gives for that month (none for most sources). */
export function aggregatesOf<T extends { sourceId: string; month: string }>(
  all: readonly T[],
  series: Pick<MonthSeries, "sourceId" | "month">,
): T[] {
  return all.filter((a) => a.sourceId === series.sourceId && a.month === series.month);
}

/** Each month with the group figures its chosen source gives for it. */
export function withAggregates<T extends MonthSeries>(
  months: readonly T[],
  all: readonly (AggregateRow & { sourceId: string; month: string })[],
): T[] {
  if (all.length === 0) return [...months];
  return months.map((s) => ({ ...s, aggregates: aggregatesOf(all, s) }));
}
