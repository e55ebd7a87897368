import { MIN_COVERAGE } from "../core/coverage";
import type { Method } from "../core/schemas";
import { monthCaveats } from "./caveats";
import { groupRange, namedMembers } from "./range";
import type { MonthSeries } from "./series";

/**
 * Below this coverage a month's Global South share is not a number worth showing: with most
 * hashrate unattributed, even its range says more about the gaps than about the Global South.
 * Such months are a gap.
 */
export const MIN_GLOBAL_SOUTH_COVERAGE = MIN_COVERAGE;

export interface GlobalSouthPoint {
  month: string;
  /** Σ shares of the member countries the source names (= `low`; kept for older clients). */
  share: number;
  /** The range: `low` = named members, `high` = that plus relocated and unattributed hashrate. */
  low: number;
  high: number;
  /** Hashrate the source gives no country (its "Other" plus what it does not cover). */
  unattributed: number;
  /** Hashrate the source flags as possibly relocated (CCAF's asterisk rows). */
  relocated: number;
  /** The source's group figures that narrowed the range ("Africa"), if any. */
  boundedBy: string[];
  /** Fraction of hashrate attributed to a named country that month; the rest is unknown. */
  coverage: number;
  method: Method;
  source: string;
  /** The members the source names that month: a change is computed over those named in both. */
  named: { country: string; share: number }[];
  /** What must be quoted with the number (relocation flags, a country at 0 % that was not gone). */
  caveats: string[];
}

export interface GlobalSouthSeries {
  series: GlobalSouthPoint[];
  /** Months with country data whose coverage is too low for a Global South share. */
  insufficient: { month: string; coverage: number; method: Method; source: string }[];
}

export function hasEnoughCoverage(series: Pick<MonthSeries, "coverage">): boolean {
  return series.coverage >= MIN_GLOBAL_SOUTH_COVERAGE;
}

/** One month's Global South figure under a definition's member set. */
export function globalSouthPoint(s: MonthSeries, members: ReadonlySet<string>): GlobalSouthPoint {
  const range = groupRange(s.rows, members, s.aggregates);
  return {
    month: s.month,
    share: range.low,
    ...range,
    coverage: s.coverage,
    method: s.method,
    source: s.sourceId,
    named: namedMembers(s.rows, members),
    caveats: monthCaveats(s.rows),
  };
}
