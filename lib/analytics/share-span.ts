import { formatRange } from "./range";

/** A country's month in the monthly series: its share, or null where the source does not name it. */
interface SpanPoint {
  month: string;
  share: number | null;
  source: string;
}

export interface ShareSpan {
  low: number;
  high: number;
  /** The first and last month with a named share inside the period. */
  first: string;
  last: string;
  /** Every source the figures come from, in order of first use. */
  sources: string[];
}

/**
 * The lowest and highest share a country held in the months from `from` to `to` (YYYY-MM,
 * inclusive), from the months whose source names it: the figure a sentence like "China held
 * 53.3–75.5 % in 2019–2020" must be computed from. Null when no month in the period names it.
 */
export function shareSpan(
  series: readonly SpanPoint[],
  from: string,
  to: string,
): ShareSpan | null {
  const named = series.filter(
    (p): p is SpanPoint & { share: number } => p.share !== null && p.month >= from && p.month <= to,
  );
  const first = named[0];
  const last = named.at(-1);
  if (!first || !last) return null;
  const shares = named.map((p) => p.share);
  return {
    low: Math.min(...shares),
    high: Math.max(...shares),
    first: first.month,
    last: last.month,
    sources: [...new Set(named.map((p) => p.source))],
  };
}

/** "53.3–75.5 %" (the one share format), or "not named in this period". */
export function formatSpan(span: ShareSpan | null): string {
  return span ? formatRange(span) : "not named in this period";
}
