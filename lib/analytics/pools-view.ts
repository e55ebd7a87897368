import { getPoolSharesEndingIn, listLocatedPoolServers, type PoolServerRow } from "../store/pools";
import type { Db } from "../store/schema";
import { herfindahlIndex, nakamotoCoefficient } from "./concentration";
import { monthEndExclusive } from "./month";

export interface PoolsView {
  month: string;
  /** The block window the shares come from (its end falls in the month), or null: no pool data. */
  period: { start: string; end: string; source: string } | null;
  pools: { slug: string; name: string; blocks: number; share: number }[];
  concentration: { nakamoto: number | null; hhi: number } | null;
  /** Current server locations; not month-specific (hosts are resolved at ingest time). */
  servers: PoolServerRow[];
}

export async function getPoolsView(db: Db, month: string): Promise<PoolsView> {
  const [shares, servers] = await Promise.all([
    getPoolSharesEndingIn(db, `${month}-01T00:00:00.000Z`, monthEndExclusive(month)),
    listLocatedPoolServers(db),
  ]);
  const first = shares[0];
  return {
    month,
    period: first
      ? { start: first.periodStart, end: first.periodEnd, source: first.sourceId }
      : null,
    pools: shares.map((s) => ({ slug: s.slug, name: s.name, blocks: s.blocks, share: s.share })),
    concentration: first
      ? {
          nakamoto: nakamotoCoefficient(shares.map((s) => s.share)),
          hhi: herfindahlIndex(shares.map((s) => s.share)),
        }
      : null,
    servers,
  };
}
