import { concentrationSeries } from "../analytics/concentration-series";
import { UNKNOWN_POOL } from "../evidence/block-attribution";
import type { PoolHistoryResponse } from "../responses/schemas";
import { listPools } from "../store/pools";
import type { Db } from "../store/schema";
import { getMonthlyPoolEvidence } from "./pool-evidence";

/** How many pools the stacked chart names; the rest of the named pools are one band. */
const STACKED_POOLS = 6;

/** What /pools shows; the shape is declared once, as `poolHistorySchema` in lib/responses/schemas.ts. */
export type PoolHistoryView = PoolHistoryResponse;

export async function getPoolHistoryView(db: Db): Promise<PoolHistoryView> {
  const evidence = await getMonthlyPoolEvidence(db);
  const names = new Map((await listPools(db)).map((p) => [p.slug, p.name]));
  const totals = new Map<string, number>();
  for (const e of evidence)
    for (const s of e.shares)
      if (s.slug !== UNKNOWN_POOL) totals.set(s.slug, (totals.get(s.slug) ?? 0) + s.share);
  const stacked = [...totals]
    .sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))
    .slice(0, STACKED_POOLS)
    .map(([slug]) => ({ slug, name: names.get(slug) ?? slug }));
  const shares = evidence.map((e) => {
    const of = (slug: string) => e.shares.find((s) => s.slug === slug)?.share ?? 0;
    const pools = stacked.map((p) => of(p.slug));
    const named = e.shares.filter((s) => s.slug !== UNKNOWN_POOL).reduce((a, s) => a + s.share, 0);
    return {
      month: e.month,
      pools,
      other: Math.max(0, named - pools.reduce((a, s) => a + s, 0)),
      unknown: of(UNKNOWN_POOL),
    };
  });
  return { series: concentrationSeries(evidence), stacked, shares };
}
