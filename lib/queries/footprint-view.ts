import { buildProfiles, footprintMonth, type ServerLocation } from "../analytics/footprint";
import type { PoolBasis } from "../analytics/pool-months";
import { countryName } from "../geo/countries";
import type { Db } from "../store/schema";
import { getMonthlyPoolEvidence } from "./pool-evidence";

/**
 * The pool server footprint: for each month with pool data, the share of blocks whose pools run
 * their stratum servers in each country. It is infrastructure, not where miners are, and it
 * never fills a hashrate share (README, "Pool server footprint").
 */
export interface FootprintPoint {
  month: string;
  basis: PoolBasis;
  periodStart: string;
  periodEnd: string;
  source: string;
  /** Share of the month's blocks whose pool has located servers (weighted by located hosts). */
  coverage: number;
  countries: { country: string; name: string; share: number }[];
  /** Pools that contributed, with how their servers were located. */
  pools: { pool: string; method: string }[];
}

export const FOOTPRINT_WHAT =
  "Share of blocks by pool × the fraction of that pool's listed stratum hosts located in each country. Where pools run servers, not where miners are: miners connect to the nearest or cheapest endpoint, often through proxies, and pools host in cloud regions. Never a hashrate share.";

async function loadServers(db: Db): Promise<ServerLocation[]> {
  const rows = await db
    .selectFrom("pool_servers")
    .select(["pool_slug", "host", "country", "located_by"])
    .orderBy("pool_slug")
    .orderBy("host")
    .execute();
  return rows.map((r) => ({
    pool: r.pool_slug,
    host: r.host,
    country: r.country,
    locatedBy: r.located_by,
  }));
}

export async function getPoolFootprint(
  db: Db,
): Promise<{ what: string; series: FootprintPoint[] }> {
  const profiles = buildProfiles(await loadServers(db));
  const series = (await getMonthlyPoolEvidence(db)).map((e): FootprintPoint => {
    const footprint = footprintMonth(e.shares, profiles);
    return {
      month: e.month,
      basis: e.basis,
      periodStart: e.periodStart,
      periodEnd: e.periodEnd,
      source: e.sourceId,
      coverage: footprint.coverage,
      countries: footprint.rows
        .filter((r): r is { country: string; share: number } => r.country !== null)
        .map((r) => ({ ...r, name: countryName(r.country) })),
      pools: footprint.profiled,
    };
  });
  return { what: FOOTPRINT_WHAT, series };
}
