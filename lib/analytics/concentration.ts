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
