import { readFileSync } from "node:fs";
import { beforeEach, describe, expect, test } from "vitest";
import type { GeoLocator } from "../../geo/geoip";
import { tableResolver, testContext } from "../../ingest/testing";
import type { Store } from "../../store/db";
import { STORE_DIALECTS, useMigratedStore } from "../../store/testing";
import { ingestSource } from "../run";
import { poolLocationsSource } from "./index";

import { parseLocationsCsv, uniqueHosts } from "./parse";

const ingestPoolLocations = (ctx: Parameters<typeof ingestSource>[0]) =>
  ingestSource(ctx, poolLocationsSource);

const rows = uniqueHosts(parseLocationsCsv(readFileSync("data/pool-locations.csv", "utf8")));
/** Documentation addresses (RFC 5737), one per host, so each host is told apart. */
const addresses = Object.fromEntries(rows.map((r, i) => [r.host, `192.0.2.${(i % 250) + 1}`]));
/** A GeoIP stand-in: every documentation address is in Iceland, so the test can tell dns+geoip apart. */
const geo: GeoLocator = {
  database: "test",
  locate: (ip) => (ip.startsWith("192.0.2.") ? { country: "IS", lat: 64.1, lon: -21.9 } : null),
};

describe.each(STORE_DIALECTS)("pool locations ingest on %s", (dialect) => {
  const current = useMigratedStore(dialect);
  let store: Store;

  beforeEach(async () => {
    store = current();
  });
  test("a DNS failure leaves that host unlocated and ingests every other host", async () => {
    const failing = rows.find((r) => r.claimed_country === null);
    if (!failing) throw new Error("fixture needs a host without a declared country");
    const { [failing.host]: _gone, ...rest } = addresses;
    const ctx = testContext(store.db, "http://127.0.0.1:9", { resolve: tableResolver(rest), geo });
    expect(await ingestPoolLocations(ctx)).toMatchObject({ ok: true, changed: true });
    const servers = await store.db.selectFrom("pool_servers").selectAll().execute();
    expect(servers).toHaveLength(rows.length);
    const bad = servers.find((s) => s.host === failing.host);
    expect(bad).toMatchObject({ located_by: "unresolved", ip: null, lat: null, country: null });
    expect(servers.filter((s) => s.located_by === "dns+geoip")).toHaveLength(rows.length - 1);
    expect(ctx.log.lines.find((l) => l.level === "warn")?.extra).toMatchObject({
      host: failing.host,
    });
  });

  test("offline, hosts keep only the country their hostname declares", async () => {
    const ctx = testContext(store.db, "http://127.0.0.1:9", { offline: true, geo });
    await ingestPoolLocations(ctx);
    const servers = await store.db.selectFrom("pool_servers").selectAll().execute();
    const declared = rows.filter((r) => r.claimed_country !== null).length;
    expect(servers.filter((s) => s.located_by === "declared")).toHaveLength(declared);
    expect(servers.every((s) => s.lat === null)).toBe(true);
  });

  test("running twice with the same answers changes nothing", async () => {
    const ctx = () =>
      testContext(store.db, "http://127.0.0.1:9", { resolve: tableResolver(addresses), geo });
    await ingestPoolLocations(ctx());
    expect(await ingestPoolLocations(ctx())).toMatchObject({ ok: true, changed: false });
  });

  test("answers that change and change back (A → B → A) end in A, not stuck in B", async () => {
    const failing = rows.find((r) => r.claimed_country === null);
    if (!failing) throw new Error("fixture needs a host without a declared country");
    const { [failing.host]: _gone, ...rest } = addresses;
    const run = (table: Record<string, string>) =>
      ingestPoolLocations(
        testContext(store.db, "http://127.0.0.1:9", { resolve: tableResolver(table), geo }),
      );
    const host = () =>
      store.db
        .selectFrom("pool_servers")
        .select(["located_by", "country", "ingest_id"])
        .where("host", "=", failing.host)
        .executeTakeFirstOrThrow();
    expect(await run(addresses)).toMatchObject({ ok: true, changed: true });
    const a = await host();
    expect(a).toMatchObject({ located_by: "dns+geoip", country: "IS" });
    expect(await run(rest)).toMatchObject({ ok: true, changed: true });
    expect(await host()).toMatchObject({ located_by: "unresolved", country: null });
    expect(await run(addresses)).toMatchObject({ ok: true, changed: true });
    expect(await host()).toEqual(a);
    expect(await store.db.selectFrom("pool_servers").select("host").execute()).toHaveLength(
      rows.length,
    );
    expect(await run(addresses)).toMatchObject({ ok: true, changed: false });
  });
});

describe("curated pool locations file", () => {
  test("covers every pool among those holding 90% of blocks in the bundled mempool week", () => {
    const seed = JSON.parse(readFileSync("data/seed/mempool-pools-1w-2025-04-02.json", "utf8")) as {
      rows: { slug: string; share: number }[];
    };
    const slugs = new Set(
      parseLocationsCsv(readFileSync("data/pool-locations.csv", "utf8")).map((r) => r.pool_slug),
    );
    let cumulative = 0;
    for (const pool of [...seed.rows].sort((a, b) => b.share - a.share)) {
      if (cumulative >= 0.9) break;
      expect(slugs.has(pool.slug), pool.slug).toBe(true);
      cumulative += pool.share;
    }
  });

  test("a malformed row is refused with its line number", () => {
    const text =
      "pool_slug,host,port,claimed_region,claimed_country,hq_country,hq_source_url,source_url,note\nfoundryusa,btc.foundryusapool.com,3333,,,ZZZ,,https://example.org,x\n";
    expect(() => parseLocationsCsv(text)).toThrow(/line 2: hq_country/);
  });
});
