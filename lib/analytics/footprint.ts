import { compareText } from "../core/compare";
import type { PoolShareObservation } from "../store/pool-history";
import { roundShare } from "./range";

/**
 * The pool server footprint (README, "Pool server footprint"): for a month with pool data,
 *   footprint(country) = Σ over pools of pool share of blocks × pool profile(country)
 * where a pool's profile is the fraction of its stratum hosts located in each country. A host
 * counts by its DNS+GeoIP location when resolved, else by the country its hostname declares
 * (e.g. "us-east"), else not at all — its weight stays unattributed rather than guessed.
 * Coverage = Σ over pools of pool share × located fraction of its hosts. It says where pools run
 * servers, not where miners are, and is never a hashrate share.
 */

export interface ServerLocation {
  pool: string;
  host: string;
  country: string | null;
  locatedBy: string;
}

interface PoolProfile {
  /** country → fraction of the pool's hosts; sums to ≤ 1 (the rest is unlocated). */
  weights: Map<string, number>;
  /** How the profile was obtained, e.g. "dns+geoip", "declared", "dns+geoip+declared". */
  method: string;
}

export function buildProfiles(servers: readonly ServerLocation[]): Map<string, PoolProfile> {
  const byPool = new Map<string, ServerLocation[]>();
  for (const s of servers) byPool.set(s.pool, [...(byPool.get(s.pool) ?? []), s]);
  const profiles = new Map<string, PoolProfile>();
  for (const [pool, hosts] of byPool) {
    const located = hosts.filter((h) => h.country !== null);
    if (located.length === 0) continue;
    const weights = new Map<string, number>();
    for (const h of located) {
      const c = h.country as string;
      weights.set(c, (weights.get(c) ?? 0) + 1 / hosts.length);
    }
    const method = [...new Set(located.map((h) => h.locatedBy))].sort().join("+");
    profiles.set(pool, { weights, method });
  }
  return profiles;
}

interface MonthFootprint {
  rows: { country: string | null; share: number }[];
  coverage: number;
  /** Pools that contributed a profile, with how each profile was obtained. */
  profiled: { pool: string; method: string }[];
}

/** One month's footprint by country; the unattributed rest is one row with country null. */
export function footprintMonth(
  shares: readonly PoolShareObservation[],
  profiles: ReadonlyMap<string, PoolProfile>,
): MonthFootprint {
  const total = shares.reduce((a, s) => a + s.share, 0);
  // Shares are fractions of one period's blocks; more than 100 % means the input is broken.
  if (total > 1.001) throw new Error(`pool shares sum to ${total.toFixed(4)} (> 1)`);
  const byCountry = new Map<string, number>();
  const profiled: MonthFootprint["profiled"] = [];
  for (const { slug, share } of shares) {
    const profile = profiles.get(slug);
    if (!profile) continue;
    profiled.push({ pool: slug, method: profile.method });
    for (const [country, w] of profile.weights) {
      byCountry.set(country, (byCountry.get(country) ?? 0) + share * w);
    }
  }
  const rows = [...byCountry]
    .map(([country, share]) => ({ country, share: roundShare(share) }))
    .sort((a, b) => b.share - a.share || compareText(a.country, b.country));
  const coverage = roundShare(rows.reduce((a, r) => a + r.share, 0));
  const rest = roundShare(Math.max(0, 1 - coverage));
  return {
    rows: rest > 0 ? [...rows, { country: null, share: rest }] : rows,
    coverage,
    profiled: profiled.sort((a, b) => compareText(a.pool, b.pool)),
  };
}
