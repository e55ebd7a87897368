import { Migrator } from "kysely";
import { beforeEach, describe, expect, inject, test } from "vitest";
import { getConcentrationView } from "../queries/concentration-view";
import { getPoolFootprint } from "../queries/footprint-view";
import { getMonthlyPoolEvidence } from "../queries/pool-evidence";
import { getPoolHistoryView } from "../queries/pool-history-view";
import { getPoolsView } from "../queries/pools-view";
import { poolHistorySchema } from "../responses/schemas";
import { importSeed } from "../seed/import";
import { loadSeedBundle } from "../seed/load";
import { mempoolSource } from "../sources/mempool";
import { migrateToLatest, type Store } from "./db";
import { insertIngest } from "./ingests";
import { migrationProvider } from "./migrations";
import { insertPoolWindow, upsertWeeklyShares } from "./pool-history";
import { upsertSource } from "./sources";
import { createTestStore, STORE_DIALECTS, useMigratedStore } from "./testing";

const AT = "2025-06-10T00:00:00.000Z";
/** A week of blocks whose last block is in April: it ends exactly at 00:00:00Z on 1 May. */
const APRIL_WINDOW = {
  periodStart: "2025-04-24T00:00:00.000Z",
  periodEnd: "2025-05-01T00:00:00.000Z",
  rows: [
    { slug: "foundryusa", blocks: 400, share: 0.4 },
    { slug: "antpool", blocks: 300, share: 0.3 },
    { slug: "viabtc", blocks: 200, share: 0.2 },
    { slug: "unknown", blocks: 100, share: 0.1 },
  ],
};

async function ingest(store: Store, tag: string): Promise<string> {
  return insertIngest(store.db, {
    sourceId: "mempool",
    fetchedAt: AT,
    upstreamUrl: `test:${tag}`,
    contentSha256: tag.padEnd(64, "0"),
    recordCount: 1,
  });
}

const footprintMonths = async (store: Store) =>
  (await getPoolFootprint(store.db)).series.map((p) => p.month);

describe.each(STORE_DIALECTS)("pool evidence by month on %s", (dialect) => {
  const current = useMigratedStore(dialect);
  let store: Store;

  beforeEach(async () => {
    store = current();
    await importSeed(store.db, await loadSeedBundle("data/seed"));
    // This suite brings its own windows; the seed's recorded week would blur what is tested.
    await store.db.deleteFrom("pool_shares").execute();
  });

  test("a window ending exactly at 00:00Z on the 1st is April's in the pools view, the footprint and the series", async () => {
    await insertPoolWindow(store.db, "mempool", await ingest(store, "a"), APRIL_WINDOW);

    const april = await getPoolsView(store.db, "2025-04");
    const may = await getPoolsView(store.db, "2025-05");
    expect(april.period).toEqual({
      start: APRIL_WINDOW.periodStart,
      end: APRIL_WINDOW.periodEnd,
      source: "mempool",
    });
    expect(may.period).toBeNull();

    expect(await footprintMonths(store)).toEqual(["2025-04"]);

    const { series } = await getConcentrationView(store.db);
    expect(series.map((p) => [p.month, p.basis])).toEqual([["2025-04", "blocks"]]);
    // 40² + 30² + 20² = 2,900; the unknown 10 % is coverage, not a pool.
    expect(series[0]).toMatchObject({ nakamoto: 2, hhi: 2900, coverage: 0.9, pools: 3 });
    expect(april.concentration).toEqual({ nakamoto: 2, hhi: 2900 });
  });

  test("a week ending exactly at 00:00Z on the 1st is the month before, in the footprint and the series", async () => {
    const id = await ingest(store, "b");
    await upsertWeeklyShares(store.db, "mempool", id, [
      { slug: "foundryusa", weekStart: "2025-05-25T00:00:00.000Z", share: 0.5, avgHashrateEhs: 1 },
      { slug: "antpool", weekStart: "2025-05-25T00:00:00.000Z", share: 0.3, avgHashrateEhs: 1 },
    ]);
    expect(await footprintMonths(store)).toEqual(["2025-05"]);
    const { series } = await getConcentrationView(store.db);
    expect(series).toEqual([
      expect.objectContaining({
        month: "2025-05",
        basis: "weekly-hashrate",
        periodStart: "2025-05-25T00:00:00.000Z",
        periodEnd: "2025-06-01T00:00:00.000Z",
        periods: 1,
        nakamoto: 2,
        hhi: 3400,
      }),
    ]);
  });

  test("a month with a block window uses it alone; weekly shares fill only months without one", async () => {
    const id = await ingest(store, "c");
    await insertPoolWindow(store.db, "mempool", id, APRIL_WINDOW);
    await insertPoolWindow(store.db, "mempool", id, {
      periodStart: "2025-04-10T00:00:00.000Z",
      periodEnd: "2025-04-17T00:00:00.000Z",
      rows: [{ slug: "foundryusa", blocks: 1000, share: 1 }],
    });
    await upsertWeeklyShares(store.db, "mempool", id, [
      { slug: "foundryusa", weekStart: "2025-04-07T00:00:00.000Z", share: 0.9, avgHashrateEhs: 1 },
      { slug: "foundryusa", weekStart: "2025-03-03T00:00:00.000Z", share: 0.6, avgHashrateEhs: 1 },
      { slug: "foundryusa", weekStart: "2025-03-10T00:00:00.000Z", share: 0.2, avgHashrateEhs: 1 },
    ]);
    const evidence = await getMonthlyPoolEvidence(store.db);
    expect(evidence.map((e) => [e.month, e.basis, e.periodEnd])).toEqual([
      ["2025-03", "weekly-hashrate", "2025-03-17T00:00:00.000Z"],
      ["2025-04", "blocks", APRIL_WINDOW.periodEnd],
    ]);
    expect(evidence[0]?.shares).toEqual([{ slug: "foundryusa", share: expect.closeTo(0.4, 12) }]);
    expect(evidence[1]?.shares.map((s) => s.slug)).toEqual([
      "foundryusa",
      "antpool",
      "viabtc",
      "unknown",
    ]);
    const { series } = await getConcentrationView(store.db);
    expect(series.map((p) => [p.month, p.nakamoto])).toEqual([
      ["2025-03", null], // 40 % on average: no pool, nor all of them, holds more than half
      ["2025-04", 2],
    ]);
  });

  test("the /pools view names the six largest pools, bands the other named ones, and keeps unknown apart", async () => {
    const rows = [
      ["foundryusa", 300],
      ["antpool", 200],
      ["viabtc", 100],
      ["f2pool", 100],
      ["spiderpool", 80],
      ["marapool", 60],
      ["luxor", 40],
      ["ocean", 20],
      ["unknown", 100],
    ] as const;
    await insertPoolWindow(store.db, "mempool", await ingest(store, "e"), {
      ...APRIL_WINDOW,
      rows: rows.map(([slug, blocks]) => ({ slug, blocks, share: blocks / 1000 })),
    });
    const view = poolHistorySchema.parse(await getPoolHistoryView(store.db));
    expect(view.series.map((p) => p.month)).toEqual(["2025-04"]);
    // Largest first; the tie between ViaBTC and F2Pool goes by slug.
    expect(view.stacked).toEqual([
      { slug: "foundryusa", name: "Foundry USA" },
      { slug: "antpool", name: "AntPool" },
      { slug: "f2pool", name: "F2Pool" },
      { slug: "viabtc", name: "ViaBTC" },
      { slug: "spiderpool", name: "SpiderPool" },
      { slug: "marapool", name: "MARA Pool" },
    ]);
    expect(view.shares).toEqual([
      {
        month: "2025-04",
        pools: [0.3, 0.2, 0.1, 0.1, 0.08, 0.06],
        other: expect.closeTo(0.06, 12),
        unknown: 0.1,
      },
    ]);
  });
});

describe.each(STORE_DIALECTS)("migration 0008 on %s", (dialect) => {
  test("moves weekly shares stored under mempool's week end to the week's start", async () => {
    const testStore = await createTestStore(dialect, inject("pgUrl"));
    const store = await testStore.open();
    try {
      const migrator = new Migrator({ db: store.db, provider: migrationProvider });
      const before = await migrator.migrateTo("0007_default_rules");
      expect(before.error).toBeUndefined();
      // Only the mempool source row: the seed's later kinds need tables this schema has not got.
      await upsertSource(store.db, mempoolSource);
      const id = await ingest(store, "d");
      // As the adapter stored them before: mempool's timestamp (the week's end) as week_start.
      await upsertWeeklyShares(store.db, "mempool", id, [
        {
          slug: "foundryusa",
          weekStart: "2025-03-10T00:00:00.000Z",
          share: 0.3,
          avgHashrateEhs: 1,
        },
        {
          slug: "foundryusa",
          weekStart: "2025-03-17T00:00:00.000Z",
          share: 0.4,
          avgHashrateEhs: 1,
        },
        { slug: "antpool", weekStart: "2025-03-17T00:00:00.000Z", share: 0.2, avgHashrateEhs: 1 },
      ]);
      expect(await migrateToLatest(store.db)).toContain("0008_weekly_share_week_start");
      const rows = await store.db
        .selectFrom("pool_hashrate_shares")
        .select(["pool_slug", "week_start", "share"])
        .orderBy("week_start")
        .orderBy("pool_slug")
        .execute();
      expect(rows).toEqual([
        { pool_slug: "foundryusa", week_start: "2025-03-03T00:00:00.000Z", share: 0.3 },
        { pool_slug: "antpool", week_start: "2025-03-10T00:00:00.000Z", share: 0.2 },
        { pool_slug: "foundryusa", week_start: "2025-03-10T00:00:00.000Z", share: 0.4 },
      ]);
    } finally {
      await store.close();
      await testStore.destroy();
    }
  });
});
