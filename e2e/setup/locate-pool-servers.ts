/**
 * Locates the curated pool servers in the e2e database, as an online `atlas ingest pools` would:
 * DNS is outside the machine, so a table answers every host with one public address; the real
 * bundled GeoIP database (DB-IP Lite) locates it. Offline, the seed has no located server, and
 * the map's pool layer would have nothing to draw.
 * `npx tsx e2e/setup/locate-pool-servers.ts <sqlite path>`
 */
import { readFileSync } from "node:fs";
import { openGeoIp } from "../../lib/geo/geoip";
import { tableResolver, testContext } from "../../lib/ingest/testing";
import { poolLocationsSource } from "../../lib/sources/pool-locations";
import { parseLocationsCsv, uniqueHosts } from "../../lib/sources/pool-locations/parse";
import { ingestSource } from "../../lib/sources/run";
import { openStore } from "../../lib/store/db";

/** A public resolver's address (Google Public DNS): DB-IP Lite places it in the United States. */
const ADDRESS = "8.8.8.8";

const path = process.argv[2];
if (!path) throw new Error("usage: locate-pool-servers.ts <sqlite path>");
const rows = uniqueHosts(parseLocationsCsv(readFileSync("data/pool-locations.csv", "utf8")));
const store = await openStore({ dialect: "sqlite", path });
try {
  const ctx = testContext(store.db, "http://127.0.0.1:9", {
    now: () => new Date(),
    geo: await openGeoIp(),
    resolve: tableResolver(Object.fromEntries(rows.map((r) => [r.host, ADDRESS]))),
  });
  const outcome = await ingestSource(ctx, poolLocationsSource);
  if (!outcome.ok) throw new Error(`pool locations ingest failed: ${JSON.stringify(outcome)}`);
} finally {
  await store.close();
}
