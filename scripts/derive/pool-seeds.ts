import { z } from "zod";
import {
  type SeedPoolServersFile,
  type SeedPoolSharesFile,
  seedPoolServersFileSchema,
  seedPoolSharesFileSchema,
} from "../../lib/seed/schema";
import { poolsResponseSchema } from "../../lib/sources/mempool/schema";
import { poolLocationRowSchema } from "../../lib/sources/pool-locations/schema";
import { compareText } from "./compare";
import { parseCsv } from "./raw";
import { MEMPOOL_SOURCE, POOL_LOCATIONS_SOURCE } from "./sources";

/** The recorded `/api/v1/mining/pools/1w` response → one week of pool block shares. */
export function derivePoolShares(payload: unknown): SeedPoolSharesFile {
  const data = poolsResponseSchema.parse(payload);
  // Committed 2025-04-02; the recording cannot be later, so the week ends there at the latest.
  const end = Date.parse("2025-04-02T00:00:00Z");
  return seedPoolSharesFileSchema.parse({
    kind: "pool-shares",
    source: MEMPOOL_SOURCE,
    window: {
      periodStart: new Date(end - 7 * 86_400_000).toISOString().replace(".000Z", "Z"),
      periodEnd: new Date(end).toISOString().replace(".000Z", "Z"),
      blockCount: data.blockCount,
    },
    rows: data.pools.map((p) => ({
      slug: p.slug,
      name: p.name,
      blocks: p.blockCount,
      share: Math.round((p.blockCount / data.blockCount) * 1e9) / 1e9,
    })),
  });
}

/** data/pool-locations.csv → the hosts as declared (no DNS offline), one row per host. */
export function derivePoolServers(locationsCsv: string): SeedPoolServersFile {
  const rows = z.array(poolLocationRowSchema).parse(parseCsv(locationsCsv));
  const seen = new Set<string>();
  const servers = [];
  for (const r of rows) {
    const key = `${r.pool_slug} ${r.host}`;
    if (r.host === "" || seen.has(key)) continue;
    seen.add(key);
    servers.push({
      pool: r.pool_slug,
      host: r.host,
      port: r.port,
      claimedRegion: r.claimed_region,
      country: r.claimed_country,
      locatedBy: r.claimed_country ? "declared" : "unresolved",
      sourceUrl: r.source_url,
    });
  }
  servers.sort((a, b) => compareText(a.pool, b.pool) || compareText(a.host, b.host));
  return seedPoolServersFileSchema.parse({
    kind: "pool-servers",
    source: POOL_LOCATIONS_SOURCE,
    rows: servers,
  });
}
