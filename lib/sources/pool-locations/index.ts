import { createHash } from "node:crypto";
import { readFile } from "node:fs/promises";
import type { IngestContext } from "../../ingest/context";
import type { FetchedBatch } from "../../ingest/write";
import type { PoolServerInput } from "../../store/pool-servers";
import type { SourceDefinition } from "../definition";
import { resolveHost } from "./client";
import { parseLocationsCsv, SOURCE_ID, uniqueHosts } from "./parse";
import type { PoolLocationRow } from "./schema";

export const poolLocationsSource: SourceDefinition = {
  id: SOURCE_ID,
  name: "Curated pool stratum endpoints (data/pool-locations.csv)",
  publisher: "Hashrate Atlas, from public stratum-watcher configs and pool websites",
  url: "https://github.com/bboerst/stratum-watcher",
  licence: "Facts (hostnames) with a source URL per row; no code copied",
  attribution:
    "Stratum endpoints from achow101/stratum-watcher and bboerst/stratum-watcher configs",
  notes: [
    "Hosts are resolved by DNS at ingest and geolocated with DB-IP Lite (dns+geoip); a host DNS cannot resolve keeps the country its hostname declares, if any.",
  ],
  kind: "live",
  staleAfterHours: 24 * 30,
  evidence:
    "Where pools' stratum servers are, resolved by DNS and geolocated: infrastructure, not where miners are.",
  cadence: "curated by hand; DNS answers can change at any time",
  records: ["pool-servers"],
  seeded: true,
  ingest: {
    target: "pools",
    // A local file; offline, hosts keep the country their names declare (no DNS).
    needsNetwork: false,
    fetch: fetchPoolLocations,
    every: "ATLAS_INTERVAL_POOLS_MIN",
  },
  fixtures: [{ file: "data/pool-locations.csv", parse: (text) => parseLocationsCsv(text) }],
};

/** Resolve + geolocate one host; any DNS failure leaves it declared/unresolved, never fatal. */
async function locateHost(
  ctx: IngestContext,
  row: PoolLocationRow,
  at: string,
): Promise<PoolServerInput> {
  const base: PoolServerInput = {
    pool_slug: row.pool_slug,
    host: row.host,
    port: row.port,
    claimed_region: row.claimed_region,
    ip: null,
    lat: null,
    lon: null,
    country: row.claimed_country,
    located_by: row.claimed_country ? "declared" : "unresolved",
    source_url: row.source_url,
    resolved_at: at,
  };
  if (ctx.offline) return base;
  try {
    const ip = await resolveHost(ctx.resolve, row.host);
    const point = ip && ctx.geo ? ctx.geo.locate(ip) : null;
    if (!ip || !point) return { ...base, ip };
    return {
      ...base,
      ip,
      lat: point.lat,
      lon: point.lon,
      country: point.country,
      located_by: "dns+geoip",
    };
  } catch (error) {
    ctx.log.warn("DNS lookup failed; host left unlocated", {
      source: SOURCE_ID,
      host: row.host,
      error: (error as Error).message,
    });
    return base;
  }
}

/** Reads the curated file and resolves every host (8 at a time): the whole list, one batch. */
async function* fetchPoolLocations(ctx: IngestContext): AsyncGenerator<FetchedBatch> {
  const rows = uniqueHosts(parseLocationsCsv(await readFile(ctx.poolLocationsFile, "utf8")));
  const at = ctx.now().toISOString();
  const servers: PoolServerInput[] = [];
  for (let i = 0; i < rows.length; i += 8) {
    servers.push(...(await Promise.all(rows.slice(i, i + 8).map((r) => locateHost(ctx, r, at)))));
    ctx.log.progress("resolving pool hosts", Math.min(i + 8, rows.length), rows.length);
  }
  yield {
    kind: "pool-servers",
    records: servers,
    // What was found, not when: the same answers again are no new version.
    sha256: createHash("sha256")
      .update(JSON.stringify(servers.map(({ resolved_at: _, ...s }) => s)))
      .digest("hex"),
    upstreamUrl: `file:${ctx.poolLocationsFile}`,
    fetchedAt: at,
  };
}
