import { compareText } from "../core/compare";
import { periodMonth } from "../core/month";
import type { WeeklyShareRow } from "../store/pool-history";

/**
 * Which pool evidence speaks for each month — one rule shared by the pool server footprint and
 * the concentration series, so a month's server footprint and its concentration rest on the same
 * pool shares. Pure: the store loads the rows (lib/store/pool-history.ts), this decides.
 *
 * - `blocks`: a block-count window (mempool.space `/api/v1/mining/pools/1w`, or the seed's
 *   recorded week). Of the windows belonging to a month, the newest is used, whole.
 * - `weekly-hashrate`: mempool.space's weekly pool shares (`/api/v1/mining/hashrate/pools/…`),
 *   each pool's share averaged over the weeks belonging to the month (a pool absent from a week
 *   counts 0 for it). Used only for a month without any block window: kinds are never mixed.
 *
 * Windows and weeks belong to a month by `periodMonth` (the month of their last instant).
 */

export type PoolBasis = "blocks" | "weekly-hashrate";

interface PoolShare {
  slug: string;
  share: number;
}

export interface MonthPoolEvidence {
  month: string;
  basis: PoolBasis;
  sourceId: string;
  /** The first instant covered (window start, or the first week's start). */
  periodStart: string;
  /** The end of the last period covered (exclusive). */
  periodEnd: string;
  /** How many periods the shares rest on: 1 window, or the number of weeks averaged. */
  periods: number;
  /** Blocks the window's stored rows hold (pools and `unknown`); null for weekly hashrate shares. */
  blocks: number | null;
  shares: PoolShare[];
}

const WEEK_MS = 7 * 86_400_000;

interface WindowKey {
  sourceId: string;
  periodStart: string;
  periodEnd: string;
}

/** "Newer" for windows: later end, then later start (a shorter window), then the lower source id. */
function newer(a: WindowKey, b: WindowKey): boolean {
  if (a.periodEnd !== b.periodEnd) return a.periodEnd > b.periodEnd;
  if (a.periodStart !== b.periodStart) return a.periodStart > b.periodStart;
  return a.sourceId < b.sourceId;
}

/** Each month's newest block window (the same one `getPoolSharesForMonth` picks in SQL). */
export function newestWindowByMonth<W extends WindowKey>(windows: readonly W[]): Map<string, W> {
  const out = new Map<string, W>();
  for (const w of windows) {
    const month = periodMonth(w.periodEnd);
    const held = out.get(month);
    if (!held || newer(w, held)) out.set(month, w);
  }
  return out;
}

/**
 * Each month's mean weekly pool shares. Should two sources ever hold weeks for the same month, the
 * one with more weeks (then the lower id) is used alone.
 */
export function weeklyEvidenceByMonth(
  rows: readonly WeeklyShareRow[],
): Map<string, MonthPoolEvidence> {
  const groups = new Map<string, { weeks: Set<string>; sums: Map<string, number> }>();
  for (const r of rows) {
    const end = new Date(Date.parse(r.weekStart) + WEEK_MS).toISOString();
    const key = `${periodMonth(end)}|${r.sourceId}`;
    const g = groups.get(key) ?? { weeks: new Set<string>(), sums: new Map<string, number>() };
    g.weeks.add(new Date(r.weekStart).toISOString());
    g.sums.set(r.slug, (g.sums.get(r.slug) ?? 0) + r.share);
    groups.set(key, g);
  }
  const out = new Map<string, MonthPoolEvidence>();
  for (const [key, g] of [...groups].sort(([a], [b]) => (a < b ? -1 : 1))) {
    const [month = "", sourceId = ""] = key.split("|");
    const held = out.get(month);
    if (held && held.periods >= g.weeks.size) continue;
    const weeks = [...g.weeks].sort();
    const first = weeks[0] ?? "";
    const last = weeks.at(-1) ?? "";
    out.set(month, {
      month,
      basis: "weekly-hashrate",
      sourceId,
      periodStart: first,
      periodEnd: new Date(Date.parse(last) + WEEK_MS).toISOString(),
      periods: weeks.length,
      blocks: null,
      shares: [...g.sums]
        .map(([slug, sum]) => ({ slug, share: sum / weeks.length }))
        .sort((a, b) => b.share - a.share || compareText(a.slug, b.slug)),
    });
  }
  return out;
}

/** Block windows win; weekly shares fill only months without one. Sorted by month. */
export function choosePoolEvidence(
  blocks: ReadonlyMap<string, MonthPoolEvidence>,
  weekly: ReadonlyMap<string, MonthPoolEvidence>,
): MonthPoolEvidence[] {
  const months = [...new Set([...blocks.keys(), ...weekly.keys()])].sort();
  return months.flatMap((m) => {
    const chosen = blocks.get(m) ?? weekly.get(m);
    return chosen ? [chosen] : [];
  });
}

/** A block window's evidence for its month; `blocks` when the rows carry their counts. */
export function windowEvidence(
  w: WindowKey,
  shares: readonly (PoolShare & { blocks?: number })[],
): MonthPoolEvidence {
  const counted = shares.every((s) => s.blocks !== undefined);
  return {
    month: periodMonth(w.periodEnd),
    basis: "blocks",
    sourceId: w.sourceId,
    periodStart: w.periodStart,
    periodEnd: w.periodEnd,
    periods: 1,
    blocks: counted ? shares.reduce((a, s) => a + (s.blocks ?? 0), 0) : null,
    shares: shares.map(({ slug, share }) => ({ slug, share })),
  };
}
