/**
 * Disclosed site capacity month by month (pure, browser-safe): energized, under-construction and
 * announced MW of the known sites in a set of countries. A series of disclosure — what operators
 * and the press have said — never a share of hashrate.
 */

import { monthRange } from "../core/month";
import type { SiteFact } from "../sources/sites/fact";
import { capacityByCountry, sitesAtMonth } from "./site-state";

export interface CapacityPoint {
  month: string;
  energizedMw: number;
  underConstructionMw: number;
  /** Plans: shown apart, never added to the built capacity. */
  announcedMw: number;
  /** Sites present at the month (any status). */
  sites: number;
}

/** From the first dated fact in `countries` (all countries when null) to `newestMonth`. */
export function capacitySeries(
  facts: readonly SiteFact[],
  countries: ReadonlySet<string> | null,
  newestMonth: string,
): CapacityPoint[] {
  const mine = countries ? facts.filter((f) => countries.has(f.country)) : facts;
  const first = mine
    .map((f) => f.asOf)
    .filter((m): m is string => m !== null)
    .sort()[0];
  if (!first || first > newestMonth) return [];
  return monthRange(first, newestMonth).map((month) => {
    const rows = capacityByCountry(sitesAtMonth(mine, month, newestMonth));
    const sum = (pick: (r: (typeof rows)[number]) => number) =>
      Math.round(rows.reduce((s, r) => s + pick(r), 0) * 1000) / 1000;
    return {
      month,
      energizedMw: sum((r) => r.energizedMw),
      underConstructionMw: sum((r) => r.underConstructionMw),
      announcedMw: sum((r) => r.announcedMw),
      sites: sum((r) => r.sites),
    };
  });
}
