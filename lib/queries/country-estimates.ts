import type { Assumptions } from "../analytics/estimate/assumptions";
import type { CountryEstimate, MonthEstimate } from "../analytics/estimate/model";
import { OUTSIDE_REASONS, type ValidationRow, validate } from "../analytics/estimate/validation";
import { ESTIMATE_FROM } from "../core/assumptions";
import type { Db } from "../store/schema";
import { getEstimateInputs } from "./estimate-inputs";
import { estimateAllMonths, getPublishedFigures } from "./estimates-view";

export interface CountryEstimatePoint {
  month: string;
  low: number | null;
  high: number | null;
  state: CountryEstimate["state"];
}

export interface CountryEstimates {
  /** Every month since 2022-02 in which the country has evidence that holds. */
  series: CountryEstimatePoint[];
  /** The chosen month's estimate and the month's context (network, efficiency), or null. */
  chosen: { month: MonthEstimate; country: CountryEstimate | null } | null;
  /** Published figures for the country (measured, reported, medium-confidence claims) with verdicts. */
  checks: ValidationRow[];
  outsideReasons: readonly string[];
}

/**
 * A country's estimated range in every month since 2022-02, the chosen month worked through line
 * by line, and how the published figures for it compare (inside, outside, conflict).
 */
export async function getCountryEstimates(
  db: Db,
  iso: string,
  month: string | null,
  assumptions: Assumptions,
): Promise<CountryEstimates> {
  const [inputs, published] = await Promise.all([getEstimateInputs(db), getPublishedFigures(db)]);
  const months = estimateAllMonths(inputs, assumptions);
  const series: CountryEstimatePoint[] = [];
  for (const m of months) {
    if (m.month < ESTIMATE_FROM) continue;
    const c = m.countries.find((x) => x.iso === iso);
    if (c) series.push({ month: m.month, low: c.low, high: c.high, state: c.state });
  }
  const pick = month ?? series.at(-1)?.month ?? null;
  const chosenMonth = pick ? months.find((m) => m.month === pick) : undefined;
  return {
    series,
    chosen: chosenMonth
      ? { month: chosenMonth, country: chosenMonth.countries.find((c) => c.iso === iso) ?? null }
      : null,
    checks: validate(
      months,
      published.filter((p) => p.country === iso),
    ).rows,
    outsideReasons: OUTSIDE_REASONS,
  };
}
