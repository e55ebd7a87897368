import {
  formatIntervalChange,
  intervalChange,
  noIntervalChange,
} from "@/lib/analytics/estimate/change";
import type { CountryEstimate, MonthEstimate } from "@/lib/analytics/estimate/model";
import type { Assumptions } from "@/lib/core/assumptions";
import { addMonths } from "@/lib/core/month";

/** What the panel needs of the estimate: the shown month's, and any month's on the same assumptions. */
export interface EstimateView {
  /** The shown month shows the estimate (no measured or reported source, or the switch is on). */
  active: boolean;
  month: MonthEstimate | null;
  /** Any month's estimate under the current assumptions (no request). */
  compute: (m: string) => MonthEstimate | null;
  estimable: (m: string) => boolean;
  storedMethodOf: (m: string) => string | null;
  assumptions: Assumptions;
  preferEstimate: boolean;
}

/** Whether a month shows the estimate: the same rule the map follows (useEstimate.ts). */
export const showsEstimate = (v: EstimateView, m: string): boolean =>
  v.estimable(m) && (v.storedMethodOf(m) === null || v.preferEstimate);

/**
 * A country's change between two estimated months, as an interval difference (same method and,
 * being computed here from one set of assumptions, the same assumptions); a sentence when none.
 */
export function estimateChangeText(
  before: CountryEstimate | null,
  after: CountryEstimate | null,
  beforeWhen?: string,
): string {
  const c = before && after ? intervalChange(before, after) : null;
  return c ? formatIntervalChange(c) : noIntervalChange(before, after, beforeWhen);
}

/** The country's estimate in the month before `month`, if that month shows the estimate too. */
export function previousEstimate(
  v: EstimateView,
  month: string,
  iso: string,
): { month: string; country: CountryEstimate | null } | null {
  const prev = addMonths(month, -1);
  if (!showsEstimate(v, prev)) return null;
  return { month: prev, country: v.compute(prev)?.countries.find((c) => c.iso === iso) ?? null };
}
