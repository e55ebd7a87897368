import { poolConcentration } from "./concentration";
import type { MonthPoolEvidence, PoolBasis } from "./pool-months";

/** One month of pool concentration, with what it rests on. */
interface ConcentrationPoint {
  month: string;
  /** Fewest named pools holding more than half of the period's blocks; null if all of them do not. */
  nakamoto: number | null;
  /** Herfindahl–Hirschman index of the named pools, 0–10,000. */
  hhi: number;
  basis: PoolBasis;
  periodStart: string;
  periodEnd: string;
  /** How many periods the shares rest on: 1 block window, or the number of weeks averaged. */
  periods: number;
  /** Blocks the month's window holds (named pools and unknown); null for weekly hashrate shares. */
  blocks: number | null;
  source: string;
  /** Share of the blocks (or hashrate) attributed to named pools; the rest is "unknown". */
  coverage: number;
  /** Named pools in the period. */
  pools: number;
}

/**
 * The concentration of every month that has pool evidence, oldest first. Months without evidence
 * are simply absent — gaps, never interpolated.
 */
export function concentrationSeries(evidence: Iterable<MonthPoolEvidence>): ConcentrationPoint[] {
  const points: ConcentrationPoint[] = [];
  for (const e of evidence) {
    const c = poolConcentration(e.shares);
    points.push({
      month: e.month,
      nakamoto: c.nakamoto,
      hhi: c.hhi,
      basis: e.basis,
      periodStart: e.periodStart,
      periodEnd: e.periodEnd,
      periods: e.periods,
      blocks: e.blocks,
      source: e.sourceId,
      coverage: c.coverage,
      pools: c.pools,
    });
  }
  return points.sort((a, b) => (a.month < b.month ? -1 : a.month > b.month ? 1 : 0));
}
