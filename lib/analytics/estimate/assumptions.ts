/**
 * The efficiency band a month uses (pure, browser-safe). The assumptions themselves are
 * declared in lib/core/assumptions.ts, shared with the URL state.
 */
import type { Band, EfficiencyChoice } from "../../core/assumptions";
import { formatMonth } from "../../core/month";

export {
  type Assumptions,
  type Band,
  DEFAULT_ASSUMPTIONS,
  DEFAULT_PUE,
  DEFAULT_WINDOW,
} from "../../core/assumptions";

/** A month's CBECI band (J/TH). */
export interface FleetBand {
  month: string;
  low: number;
  central: number;
  high: number;
}

export interface MonthEfficiency {
  band: Band;
  /** Says where the band comes from, e.g. "CBECI bounds of 2024-01". */
  label: string;
  /** Set when the month is after CBECI's last month: "assumed: CBECI band of May 2025 held". */
  assumed: string | null;
}

/**
 * The efficiency band a month uses. After CBECI's last month its last band is held, and the
 * result says so; before its first month there is none (null), never a guess.
 */
export function efficiencyFor(
  choice: EfficiencyChoice,
  fleet: readonly FleetBand[],
  month: string,
): MonthEfficiency | null {
  if (choice.kind === "fixed")
    return { band: choice.band, label: "set by the reader", assumed: null };
  const exact = fleet.find((f) => f.month === month);
  const last = fleet.at(-1);
  const held = exact ? null : last && last.month < month ? last : null;
  const f = exact ?? held;
  if (!f) return null;
  const assumed = held ? `assumed: CBECI band of ${formatMonth(held.month)} held` : null;
  if (choice.kind === "cbeci")
    return { band: [f.low, f.high], label: `CBECI bounds of ${f.month}`, assumed };
  const pct = Math.round(choice.spread * 100);
  return {
    band: [f.central * (1 - choice.spread), f.central * (1 + choice.spread)],
    label: `CBECI estimate of ${f.month} ± ${pct} %`,
    assumed,
  };
}
