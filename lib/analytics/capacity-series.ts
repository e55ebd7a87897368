/**
 * Disclosed site capacity month by month (pure, browser-safe): energized MW of the known sites in
 * a set of countries, per basis. A series of disclosure — what operators and the press have said —
 * never a share of hashrate. Undated facts are in no month, so a month's figure changes only when
 * a dated fact does (or a site passes the horizon).
 */

import { monthRange } from "../core/month";
import type { SiteFact } from "../evidence/site-fact";
import { capacityByCountry, firstSiteMonth, sitesAtMonth } from "./site-state";

export interface CapacityPoint {
  month: string;
  /** MW stated as used for mining (energized_load) of counted energized sites. */
  energizedMw: number;
  /** Facility capacity of counted energized sites: an upper bound of their load, drawn apart. */
  facilityMw: number;
  /** Counted energized sites whose MW is not stated, or of another basis: counted, not summed. */
  mwNotStated: number;
  otherBasis: number;
  energizedSites: number;
  /** Counted sites announced or under construction: plans, never summed. */
  plannedSites: number;
  /** Sites counted at the month (current, not of low confidence). */
  sites: number;
  /** Sites present but not counted (last reported over the horizon ago, or low confidence). */
  notCounted: number;
}

const SUMMED = [
  "energizedMw",
  "facilityMw",
  "mwNotStated",
  "otherBasis",
  "energizedSites",
  "plannedSites",
  "sites",
  "notCounted",
] as const;

/** From the first month a site is placed at in `countries` (all when null) to `lastMonth`. */
export function capacitySeries(
  facts: readonly SiteFact[],
  countries: ReadonlySet<string> | null,
  lastMonth: string,
): CapacityPoint[] {
  const mine = countries ? facts.filter((f) => countries.has(f.country)) : facts;
  const first = firstSiteMonth(mine);
  if (!first || first > lastMonth) return [];
  return monthRange(first, lastMonth).map((month) => {
    const rows = capacityByCountry(sitesAtMonth(mine, month));
    const point = { month } as CapacityPoint;
    for (const key of SUMMED)
      point[key] = Math.round(rows.reduce((s, r) => s + r[key], 0) * 1000) / 1000;
    return point;
  });
}
