import { countryName } from "../geo/countries";
import type { Method } from "../seed/schema";
import { getNodeCountHistory } from "../store/nodes";
import { listLocatedPoolServers, type PoolServerRow } from "../store/pools";
import type { Db } from "../store/schema";
import { getAllShares } from "../store/shares";
import { listSources } from "../store/sources";
import { monthlySeries } from "./series";
import { type SourceRef, toSourceRef } from "./source-ref";

export interface CountryHistory {
  country: string;
  name: string;
  /** Every month with data; `share` null where that month's source does not name the country. */
  series: {
    month: string;
    method: Method;
    source: string;
    share: number | null;
    caveat: string | null;
  }[];
  /** The country's reachable-node count in every stored snapshot, oldest first. */
  nodes: { takenAt: string; source: string; count: number; total: number }[];
  /** Pool servers currently located in the country. */
  servers: PoolServerRow[];
  /** Every source the figures above come from, with its licence and attribution. */
  sources: SourceRef[];
}

/** Where pool server locations come from (data/pool-locations.csv, resolved at ingest). */
const POOL_LOCATIONS_SOURCE = "pool-locations";

/** A country's share of hashrate month by month (one source per month), its nodes and pool servers. */
export async function getCountryHistory(db: Db, iso2: string): Promise<CountryHistory> {
  const [shares, nodes, allServers, sources] = await Promise.all([
    getAllShares(db),
    getNodeCountHistory(db, iso2),
    listLocatedPoolServers(db),
    listSources(db),
  ]);
  const months = monthlySeries(shares);
  const servers = allServers.filter((s) => s.country === iso2);
  const used = new Set([
    ...months.map((s) => s.sourceId),
    ...nodes.map((n) => n.sourceId),
    ...(servers.length > 0 ? [POOL_LOCATIONS_SOURCE] : []),
  ]);
  return {
    country: iso2,
    name: countryName(iso2),
    series: months.map((s) => {
      const row = s.rows.find((r) => r.country === iso2);
      return {
        month: s.month,
        method: s.method,
        source: s.sourceId,
        share: row?.share ?? null,
        caveat: row?.caveat ?? null,
      };
    }),
    nodes: nodes.map((n) => ({
      takenAt: n.takenAt,
      source: n.sourceId,
      count: n.count,
      total: n.total,
    })),
    servers,
    sources: sources.filter((s) => used.has(s.id)).map(toSourceRef),
  };
}
