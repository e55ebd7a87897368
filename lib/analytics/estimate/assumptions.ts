/**
 * The assumptions that turn a load into hashrate (issue #22), each visible and adjustable:
 * the hardware efficiency band e (J/TH), the PUE band p and the window W in months. Pure and
 * browser-safe: the map re-colours from these without asking the server.
 */

/** A closed interval [lo, hi]. */
export type Band = readonly [number, number];

/**
 * Where the efficiency band comes from. `cbeci`: CBECI's lower and upper bound of the month
 * (the default). `central`: CBECI's estimate of the month ± `spread` (the preset "CBECI
 * estimate ± 25 %"). `fixed`: the same band for every month, as a reader typed it (`eff=20-40`).
 */
export type EfficiencyChoice =
  | { kind: "cbeci" }
  | { kind: "central"; spread: number }
  | { kind: "fixed"; band: Band };

export interface Assumptions {
  efficiency: EfficiencyChoice;
  /** Power usage effectiveness: facility load ÷ hardware load. */
  pue: Band;
  /** Months either side of a figure's period in which it still holds (not for energy). */
  window: number;
}

/** CBECI's own lower and upper PUE assumptions. */
export const DEFAULT_PUE: Band = [1.01, 1.2];
export const DEFAULT_WINDOW = 3;
export const DEFAULT_ASSUMPTIONS: Assumptions = {
  efficiency: { kind: "cbeci" },
  pue: DEFAULT_PUE,
  window: DEFAULT_WINDOW,
};

/** Limits a reader may set: beyond them a value is a typo, not an assumption. */
export const LIMITS = {
  efficiency: [1, 500] as Band,
  pue: [1, 3] as Band,
  window: [0, 24] as Band,
} as const;

/** The presets offered on screen. */
export const EFFICIENCY_PRESETS: readonly { label: string; choice: EfficiencyChoice }[] = [
  { label: "CBECI bounds", choice: { kind: "cbeci" } },
  { label: "CBECI estimate ± 25 %", choice: { kind: "central", spread: 0.25 } },
];

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

const MONTH_NAME = new Intl.DateTimeFormat("en-GB", {
  month: "long",
  year: "numeric",
  timeZone: "UTC",
});
const monthName = (month: string) => MONTH_NAME.format(new Date(`${month}-01T00:00:00Z`));

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
  const assumed = held ? `assumed: CBECI band of ${monthName(held.month)} held` : null;
  if (choice.kind === "cbeci")
    return { band: [f.low, f.high], label: `CBECI bounds of ${f.month}`, assumed };
  const pct = Math.round(choice.spread * 100);
  return {
    band: [f.central * (1 - choice.spread), f.central * (1 + choice.spread)],
    label: `CBECI estimate of ${f.month} ± ${pct} %`,
    assumed,
  };
}
