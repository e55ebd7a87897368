"use client";
import { useCallback, useDeferredValue, useMemo } from "react";
import { estimableMonths, estimateMonth, type MonthEstimate } from "@/lib/analytics/estimate/model";
import type { CountryShare } from "@/lib/analytics/view-shape";
import type { Assumptions } from "@/lib/core/assumptions";
import { useEstimateEvidence } from "../hooks/useEstimateEvidence";
import { rangeText, regionName } from "./estimate-text";

export { rangeText, regionName } from "./estimate-text";

/** A month's estimates as the choropleth reads shares: each country's range, coloured by its low. */
export function estimateShares(m: MonthEstimate): Map<string, CountryShare> {
  return new Map(
    m.countries.map((c) => [
      c.iso,
      {
        share: c.low ?? 0,
        name: regionName(c.iso),
        flagged: false,
        caveat: rangeText(c),
        estimate: { low: c.low, high: c.high, state: c.state },
      },
    ]),
  );
}

/**
 * The evidence model in the browser: the served evidence (fetched once) and the URL's assumptions
 * give any month's ranges, so a slider step or an assumption change needs no request. A month
 * shows the estimate when no measured or reported source covers it, or when `preferEstimate`.
 */
export function useEstimate(
  month: string,
  method: string | null,
  assumptions: Assumptions,
  preferEstimate: boolean,
  available: ReadonlySet<string> | null,
) {
  // Arrives after the first paint; deferred, its re-render can yield to input and paint.
  const evidence = useDeferredValue(useEstimateEvidence().data ?? null);
  const estimable = useMemo(() => {
    const months = new Set(evidence ? estimableMonths(evidence.network) : []);
    return (m: string) => months.has(m);
  }, [evidence]);
  const compute = useCallback(
    (m: string) => (evidence ? estimateMonth(evidence, m, assumptions) : null),
    [evidence, assumptions],
  );
  const estimate = useMemo(() => compute(month), [compute, month]);
  const active = estimable(month) && (method === null || preferEstimate);
  const shares = useMemo(
    () => (active && estimate ? estimateShares(estimate) : null),
    [active, estimate],
  );
  // The slider's one-frame step onto a month that shows the estimate (useSliderMonth.ts).
  const estimateFor = useCallback(
    (m: string) => {
      const gap = available !== null && !available.has(m);
      if (!estimable(m) || !(gap || preferEstimate)) return null;
      const e = compute(m);
      return e ? estimateShares(e) : null;
    },
    [available, compute, estimable, preferEstimate],
  );
  // One object while nothing in it changes: the panel is memoised on it, and a render of the
  // page that changes nothing here (an answer arriving) must not re-render the panel.
  return useMemo(
    () => ({ evidence, estimate, active, shares, estimable, estimateFor, compute }),
    [evidence, estimate, active, shares, estimable, estimateFor, compute],
  );
}
