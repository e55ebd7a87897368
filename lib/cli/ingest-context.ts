import { lookup } from "node:dns/promises";
import { env } from "../env";
import { openGeoIp } from "../geo/geoip";
import type { IngestContext, Logger } from "../ingest/context";
import { SOURCES } from "../sources/registry";
import type { Db } from "../store/schema";
import { resolveOffline } from "../store/settings";

/** The production context: URLs and limits from the environment, real DNS, the configured GeoIP. */
export async function ingestContextFromEnv(db: Db, log: Logger): Promise<IngestContext> {
  const e = env();
  const geo = await openGeoIp(e.ATLAS_GEOIP_CITY);
  if (!geo) log.warn("no GeoIP database found; nodes without coordinates stay unlocated");
  return {
    db,
    log,
    now: () => new Date(),
    offline: await resolveOffline(db, e.ATLAS_OFFLINE),
    urls: Object.fromEntries(
      SOURCES.flatMap((s) => {
        const url = s.ingest?.url ? e[s.ingest.url] : undefined;
        return url ? [[s.id, url]] : [];
      }),
    ),
    fetch: { timeoutMs: e.ATLAS_FETCH_TIMEOUT_MS },
    bitnodesDailyBudget: e.ATLAS_BITNODES_DAILY_BUDGET,
    geo,
    resolve: (host) => lookup(host, { all: true }),
    poolLocationsFile: e.ATLAS_POOL_LOCATIONS_FILE,
    bitcoind: e.ATLAS_BITCOIND_URL
      ? {
          url: e.ATLAS_BITCOIND_URL,
          cookieFile: e.ATLAS_BITCOIND_COOKIE,
          user: e.ATLAS_BITCOIND_USER,
          password: e.ATLAS_BITCOIND_PASSWORD,
          timeoutMs: e.ATLAS_FETCH_TIMEOUT_MS,
        }
      : null,
  };
}
