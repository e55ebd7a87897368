import type { Definition } from "../geo/definition-schema";
import type { Method } from "../seed/schema";
import type { Db } from "../store/schema";
import { getAllShares } from "../store/shares";
import { groupShare, MIN_COVERAGE, type MonthSeries, monthlySeries } from "./series";

/**
 * Below this coverage a month's Global South share is not a number worth showing: with most
 * hashrate unattributed, the sum over member countries says more about the gaps than about the
 * Global South (the offline pool model reaches ~2 % in 2025-04). Such months are a gap.
 */
export const MIN_GLOBAL_SOUTH_COVERAGE = MIN_COVERAGE;

export interface GlobalSouthPoint {
  month: string;
  /** Σ shares of member countries, a fraction of total hashrate. */
  share: number;
  /** Fraction of hashrate attributed to a named country that month; the rest is unknown. */
  coverage: number;
  method: Method;
  source: string;
}

export interface GlobalSouthSeries {
  series: GlobalSouthPoint[];
  /** Months with country data whose coverage is too low for a Global South share. */
  insufficient: { month: string; coverage: number; method: Method; source: string }[];
}

export function hasEnoughCoverage(series: Pick<MonthSeries, "coverage">): boolean {
  return series.coverage >= MIN_GLOBAL_SOUTH_COVERAGE;
}

/** The Global South share for every month with enough coverage, under one definition. */
export async function getGlobalSouth(db: Db, definition: Definition): Promise<GlobalSouthSeries> {
  const members = new Set(definition.members);
  const months = monthlySeries(await getAllShares(db));
  const ref = (s: MonthSeries) => ({
    month: s.month,
    coverage: s.coverage,
    method: s.method,
    source: s.sourceId,
  });
  return {
    series: months
      .filter(hasEnoughCoverage)
      .map((s) => ({ ...ref(s), share: groupShare(s, members) })),
    insufficient: months.filter((s) => !hasEnoughCoverage(s)).map(ref),
  };
}

/** Just the plotted points (months with enough coverage). */
export async function getGlobalSouthSeries(
  db: Db,
  definition: Definition,
): Promise<GlobalSouthPoint[]> {
  return (await getGlobalSouth(db, definition)).series;
}
