/**
 * The assumptions that turn a load into hashrate, each visible and adjustable
 * (declared here, below url-state and analytics, so the URL and the model share them):
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

/**
 * The first month the estimate speaks for (the map, a country's page, a snapshot): the measured
 * series ends in 2022-01.
 */
export const ESTIMATE_FROM = "2022-02";

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
