import { beforeEach, describe, expect, test } from "vitest";
import { getPoolsView } from "../queries/pools-view";
import { importSeed } from "../seed/import";
import { loadSeedBundle } from "../seed/load";
import type { Store } from "./db";
import { insertIngest } from "./ingests";
import { STORE_DIALECTS, useMigratedStore } from "./testing";

describe.each(STORE_DIALECTS)("pool shares and servers on %s", (dialect) => {
  const current = useMigratedStore(dialect);
  let store: Store;

  beforeEach(async () => {
    store = current();
    await importSeed(store.db, await loadSeedBundle("data/seed"));
    // The seed brings its own pool week and declared servers; this suite sets up its own.
    await store.db.deleteFrom("pool_shares").execute();
    await store.db.deleteFrom("pool_servers").execute();
    const ingest = await insertIngest(store.db, {
      sourceId: "pool-registry",
      fetchedAt: "2025-04-02T00:00:00.000Z",
      upstreamUrl: "test",
      contentSha256: "ab".repeat(32),
      recordCount: 4,
    });
    const week = (start: string, end: string, slug: string, blocks: number, share: number) => ({
      source_id: "pool-registry",
      pool_slug: slug,
      period_start: start,
      period_end: end,
      blocks,
      share,
      ingest_id: ingest,
    });
    await store.db
      .insertInto("pool_shares")
      .values([
        week("2025-03-19T00:00:00.000Z", "2025-03-26T00:00:00.000Z", "foundryusa", 300, 0.3),
        week("2025-03-26T00:00:00.000Z", "2025-04-02T00:00:00.000Z", "foundryusa", 310, 0.31),
        week("2025-03-26T00:00:00.000Z", "2025-04-02T00:00:00.000Z", "antpool", 190, 0.19),
        week("2025-03-26T00:00:00.000Z", "2025-04-02T00:00:00.000Z", "viabtc", 120, 0.12),
      ])
      .execute();
    await store.db
      .insertInto("pool_servers")
      .values([
        {
          pool_slug: "viabtc",
          host: "btc.viabtc.io",
          port: 3333,
          claimed_region: null,
          ip: "1.2.3.4",
          lat: 22.3,
          lon: 114.2,
          country: "HK",
          located_by: "dns+geoip",
          source_url: null,
          resolved_at: "2025-04-02T00:00:00.000Z",
          source_id: "pool-registry",
          ingest_id: ingest,
        },
        {
          pool_slug: "antpool",
          host: "gone.antpool.com",
          port: 3333,
          claimed_region: null,
          ip: null,
          lat: null,
          lon: null,
          country: null,
          located_by: "unresolved",
          source_url: null,
          resolved_at: "2025-04-02T00:00:00.000Z",
          source_id: "pool-registry",
          ingest_id: ingest,
        },
      ])
      .execute();
  });
  test("uses the latest block window ending in the month, never a mix of windows", async () => {
    const view = await getPoolsView(store.db, "2025-04");
    expect(view.period).toEqual({
      start: "2025-03-26T00:00:00.000Z",
      end: "2025-04-02T00:00:00.000Z",
      source: "pool-registry",
    });
    expect(view.pools.map((p) => [p.slug, p.share])).toEqual([
      ["foundryusa", 0.31],
      ["antpool", 0.19],
      ["viabtc", 0.12],
    ]);
    expect(view.pools[0]?.name).toBe("Foundry USA");
    expect(view.concentration).toEqual({ nakamoto: 3, hhi: 1466 });
  });

  test("reports a gap for a month without pool data and draws only located servers", async () => {
    const view = await getPoolsView(store.db, "2021-01");
    expect(view.period).toBeNull();
    expect(view.concentration).toBeNull();
    expect(view.servers.map((s) => s.host)).toEqual(["btc.viabtc.io"]);
    expect(view.servers[0]).toMatchObject({
      name: "ViaBTC",
      country: "HK",
      locatedBy: "dns+geoip",
    });
  });
});
