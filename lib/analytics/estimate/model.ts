/**
 * The evidence model: one pure, browser-safe function from (evidence, network
 * hashrate, assumptions) to a range per country and one for the Global South. A range's low is
 * the largest lower bound, its high the smallest upper bound; where low > high the evidence
 * conflicts and no range is given. Shares are fractions and never leave 0–1.
 */
import { ESTIMATE_FROM } from "../../core/assumptions";
import { type Assumptions, type Band, efficiencyFor, type MonthEfficiency } from "./assumptions";
import type { EvidenceInputs } from "./inputs";
import { type EvidenceLine, evidenceLines } from "./lines";

type EstimateState = "range" | "at-least" | "at-most" | "conflict";

export interface CountryEstimate {
  iso: string;
  /** Share of network hashrate (fraction); null when nothing bounds that side (or conflict). */
  low: number | null;
  high: number | null;
  state: EstimateState;
  lines: EvidenceLine[];
  /** The line that sets the range (its low, else its high): what the map's card shows. */
  strongest: string | null;
}

export interface GlobalSouthEstimate {
  low: number | null;
  high: number | null;
  /** Member countries that carry evidence this month (a conflicted one is counted, not summed). */
  members: number;
  conflicted: number;
  /** Why there is no range, in a sentence; null when there is one. */
  reason: string | null;
}

export interface MonthEstimate {
  month: string;
  networkEhs: number | null;
  networkDays: number;
  efficiency: MonthEfficiency | null;
  pue: Band;
  window: number;
  countries: CountryEstimate[];
  /** Why no country has a range this month, in a sentence; null when the model could run. */
  reason: string | null;
}

/**
 * The months the model can estimate: from ESTIMATE_FROM on, where the network hashrate is known.
 * One rule for the server (which draws the estimate panel with the page) and the browser.
 */
export function estimableMonths(
  network: readonly { month: string; ehs: number | null }[],
): string[] {
  return network.filter((n) => n.month >= ESTIMATE_FROM && n.ehs !== null).map((n) => n.month);
}

const clamp = (share: number) => Math.min(1, Math.max(0, share));

function combine(iso: string, lines: EvidenceLine[]): CountryEstimate {
  let low: EvidenceLine | null = null;
  let high: EvidenceLine | null = null;
  for (const l of lines) {
    if (l.bound !== "upper" && (!low || l.share[0] > low.share[0])) low = l;
    if (l.bound !== "lower" && (!high || l.share[1] < high.share[1])) high = l;
  }
  const lo = low ? clamp(low.share[0]) : null;
  const hi = high ? clamp(high.share[1]) : null;
  const conflict = lo !== null && hi !== null && lo > hi;
  const state: EstimateState = conflict
    ? "conflict"
    : lo !== null && hi !== null
      ? "range"
      : lo !== null
        ? "at-least"
        : "at-most";
  return {
    iso,
    low: conflict ? null : lo,
    high: conflict ? null : hi,
    state,
    lines,
    strongest: conflict ? null : ((low ?? high)?.id ?? null),
  };
}

/** The month's estimate for every country that has evidence holding in it. */
export function estimateMonth(
  inputs: EvidenceInputs,
  month: string,
  assumptions: Assumptions,
): MonthEstimate {
  const network = inputs.network.find((n) => n.month === month);
  const efficiency = efficiencyFor(assumptions.efficiency, inputs.fleet, month);
  const base = {
    month,
    networkEhs: network?.ehs ?? null,
    networkDays: network?.days ?? 0,
    efficiency,
    pue: assumptions.pue,
    window: assumptions.window,
  };
  if (!network || network.ehs === null)
    return {
      ...base,
      countries: [],
      reason: network
        ? `No network hashrate for ${month}: only ${network.days} day(s) of values, fewer than 20.`
        : `No network hashrate for ${month}: no daily values are stored for it.`,
    };
  if (!efficiency)
    return {
      ...base,
      countries: [],
      reason: `No fleet efficiency band for ${month}: CBECI's monthly band starts in ${inputs.fleet[0]?.month ?? "no month"}.`,
    };
  const lines = evidenceLines(inputs, {
    month,
    networkEhs: network.ehs,
    efficiency: efficiency.band,
    pue: assumptions.pue,
    window: assumptions.window,
  });
  const byCountry = new Map<string, EvidenceLine[]>();
  for (const l of lines) byCountry.set(l.country, [...(byCountry.get(l.country) ?? []), l]);
  const countries = [...byCountry]
    .map(([iso, ls]) => combine(iso, ls))
    .sort((a, b) => (b.low ?? 0) - (a.low ?? 0) || (a.iso < b.iso ? -1 : 1));
  return { ...base, countries, reason: null };
}

/**
 * The Global South's range: low = the sum of its members' lows, high = 1 − the sum of the
 * non-members' lows. A country in conflict adds to neither sum (its evidence gives no range).
 */
export function globalSouthEstimate(
  month: MonthEstimate,
  members: ReadonlySet<string>,
): GlobalSouthEstimate {
  if (month.reason !== null)
    return { low: null, high: null, members: 0, conflicted: 0, reason: month.reason };
  let low = 0;
  let outside = 0;
  let count = 0;
  let conflicted = 0;
  for (const c of month.countries) {
    const member = members.has(c.iso);
    if (member) count += 1;
    if (c.state === "conflict") {
      if (member) conflicted += 1;
      continue;
    }
    if (member) low += c.low ?? 0;
    else outside += c.low ?? 0;
  }
  if (count === 0)
    return {
      low: null,
      high: null,
      members: 0,
      conflicted: 0,
      reason: `No member country carries evidence that holds in ${month.month}, so there is no lower bound to sum.`,
    };
  return { low: clamp(low), high: clamp(1 - outside), members: count, conflicted, reason: null };
}
