import { concentrationSeries } from "../analytics/concentration-series";
import type { PoolBasis } from "../analytics/pool-months";
import type { ConcentrationResponse } from "../responses/schemas";
import type { Db } from "../store/schema";
import { getMonthlyPoolEvidence } from "./pool-evidence";

/** The response shape, declared once (lib/responses/schemas.ts). */
type ConcentrationView = ConcentrationResponse;

const CONCENTRATION_BASES: Record<PoolBasis, string> = {
  blocks:
    "block counts per pool in one window: a complete month of the bundled pool history (2020-01 … 2026-02), the month's blocks attributed by the operator's node (coinbase tag and payout address, the registry's rules), or mempool.space's /api/v1/mining/pools/1w (or the seed's recorded week) — the month's newest window, whole. A share of blocks estimates a share of hashrate",
  "weekly-hashrate":
    "mempool.space weekly pool hashrate shares (/api/v1/mining/hashrate/pools), each pool's share averaged over the month's weeks",
};

const CONCENTRATION_RULE =
  "A window or week belongs to the month of its last instant (the instant before its end). A month with a block-count window uses it; a month without one uses its weekly hashrate shares; the two are never mixed within a month. Pools exclude mempool.space's 'unknown' bucket, which coverage reports. Months without pool data are absent.";

export async function getConcentrationView(db: Db): Promise<ConcentrationView> {
  return {
    series: concentrationSeries(await getMonthlyPoolEvidence(db)),
    bases: CONCENTRATION_BASES,
    rule: CONCENTRATION_RULE,
  };
}
