import { poolConcentration } from "../analytics/concentration";
import type { PoolsResponse } from "../responses/schemas";
import { getPoolSharesForMonth, listLocatedPoolServers } from "../store/pools";
import type { Db } from "../store/schema";

/** The response shape, declared once (lib/responses/schemas.ts). */
type PoolsView = PoolsResponse;

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
