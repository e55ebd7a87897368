import { buildProfiles, footprintMonth, type ServerLocation } from "../analytics/footprint";
import { countryName } from "../geo/countries";
import type { FootprintResponse } from "../responses/schemas";
import type { Db } from "../store/schema";
import { getMonthlyPoolEvidence } from "./pool-evidence";

/**
 * The pool server footprint: for each month with pool data, the share of blocks whose pools run
 * their stratum servers in each country. The response shape is declared once, as
 * `footprintSchema` in lib/responses/schemas.ts.
 */
type FootprintPoint = FootprintResponse["series"][number];

const FOOTPRINT_WHAT =
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

export async function getPoolFootprint(db: Db): Promise<FootprintResponse> {
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
