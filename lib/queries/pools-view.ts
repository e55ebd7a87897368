import { poolConcentration } from "../analytics/concentration";
import { getPoolSharesForMonth, listLocatedPoolServers, type PoolServerRow } from "../store/pools";
import type { Db } from "../store/schema";

export interface PoolsView {
  month: string;
  /** The month's block window (by `periodMonth`: its last instant falls in the month), or null. */
  period: { start: string; end: string; source: string } | null;
  pools: { slug: string; name: string; blocks: number; share: number }[];
  concentration: { nakamoto: number | null; hhi: number } | null;
  /** Current server locations; not month-specific (hosts are resolved at ingest time). */
  servers: PoolServerRow[];
}

/** The same figures the concentration series gives this month's window (named pools only). */
function concentrationFigures(shares: readonly { slug: string; share: number }[]) {
  const { nakamoto, hhi } = poolConcentration(shares);
  return { nakamoto, hhi };
}

export async function getPoolsView(db: Db, month: string): Promise<PoolsView> {
  const [shares, servers] = await Promise.all([
    getPoolSharesForMonth(db, month),
    listLocatedPoolServers(db),
  ]);
  const first = shares[0];
  return {
    month,
    period: first
      ? { start: first.periodStart, end: first.periodEnd, source: first.sourceId }
      : null,
    pools: shares.map((s) => ({ slug: s.slug, name: s.name, blocks: s.blocks, share: s.share })),
    concentration: first ? concentrationFigures(shares) : null,
    servers,
  };
}
