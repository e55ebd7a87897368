import { UNKNOWN_POOL } from "../evidence/block-attribution";
import { roundShare } from "./range";

/**
 * Pool concentration. Shares are fractions of the blocks in a period and need not sum to 1
 * (unknown miners); both measures use the shares as given.
 */

/** Smallest number of pools that together hold more than half of the blocks; null if even all of them do not. */
export function nakamotoCoefficient(shares: readonly number[]): number | null {
  const sorted = [...shares].sort((a, b) => b - a);
  let total = 0;
  for (let i = 0; i < sorted.length; i += 1) {
    total += sorted[i] ?? 0;
    if (total > 0.5) return i + 1;
  }
  return null;
}

/** Herfindahl–Hirschman index on the 0–10,000 scale (shares in percent, squared, summed). */
export function herfindahlIndex(shares: readonly number[]): number {
  return Math.round(shares.reduce((sum, s) => sum + (s * 100) ** 2, 0) * 10) / 10;
}

// UNKNOWN_POOL is many miners, not one pool: it is left out of both measures (counting it as
// a pool would overstate concentration) and reported as the part coverage does not cover.

interface PoolConcentration {
  nakamoto: number | null;
  hhi: number;
  /** Share of the period's blocks (or hashrate) attributed to named pools, 0–1. */
  coverage: number;
  /** Named pools with a share above zero. */
  pools: number;
}

/**
 * Both measures over one period's named pools. Shares stay fractions of all the period's blocks,
 * so unattributed blocks count against every pool and never help reach "more than half".
 */
export function poolConcentration(
  shares: readonly { slug: string; share: number }[],
): PoolConcentration {
  const named = shares.filter((s) => s.slug !== UNKNOWN_POOL && s.share > 0).map((s) => s.share);
  return {
    nakamoto: nakamotoCoefficient(named),
    hhi: herfindahlIndex(named),
    coverage: roundShare(named.reduce((a, s) => a + s, 0)),
    pools: named.length,
  };
}
