import { describe, expect, test } from "vitest";
import { importSeed } from "../seed/import";
import { loadSeedBundle } from "../seed/load";
import { mempoolSource } from "../sources/mempool";
import { insertIngest } from "../store/ingests";
import { upsertNetworkHashrate } from "../store/pool-history";
import { upsertSource } from "../store/sources";
import { STORE_DIALECTS, useMigratedStore } from "../store/testing";
import { getEstimateInputs, getNetworkMonths } from "./estimate-inputs";

const days = (month: string, n: number, ehs: number) =>
  Array.from({ length: n }, (_, i) => ({ day: `${month}-${String(i + 1).padStart(2, "0")}`, ehs }));

describe.each(STORE_DIALECTS)("the evidence model's inputs on %s", (dialect) => {
  const current = useMigratedStore(dialect);

  test("network months: bundled Coin Metrics first, live daily values for months it leaves without one", async () => {
    const store = current();
    await importSeed(store.db, await loadSeedBundle("data/seed"));
    await upsertSource(store.db, mempoolSource);
    const ingest = await insertIngest(store.db, {
      sourceId: "mempool",
      fetchedAt: "2026-08-01T00:00:00.000Z",
      upstreamUrl: "test:hashrate",
      contentSha256: "a".repeat(64),
      recordCount: 1,
    });
    // mempool.space's daily values: all of June 2026, ten days of July 2026, and January 2024
    // (which the bundled series already has: it stays Coin Metrics').
    await upsertNetworkHashrate(store.db, "mempool", ingest, [
      ...days("2026-06", 30, 1000),
      ...days("2026-07", 10, 1010),
      ...days("2024-01", 31, 999),
    ]);
    const months = await getNetworkMonths(store.db);
    expect(months.find((m) => m.month === "2024-01")).toEqual({
      month: "2024-01",
      ehs: 521.315,
      days: 31,
      source: "network-hashrate",
    });
    expect(months.find((m) => m.month === "2026-06")).toEqual({
      month: "2026-06",
      ehs: 1000,
      days: 30,
      source: "mempool",
    });
    // Ten days are fewer than twenty: July 2026 has no value, and says how many days it had.
    expect(months.find((m) => m.month === "2026-07")).toEqual({
      month: "2026-07",
      ehs: null,
      days: 10,
      source: "mempool",
    });
  });

  test("reads only what can bound a load: no context figure, only energized site load", async () => {
    const store = current();
    await importSeed(store.db, await loadSeedBundle("data/seed"));
    const inputs = await getEstimateInputs(store.db);
    // 167 figures in the 2026-12-06 file: 4 energy, 7 load, 4 capacity, 7 partial, 145 context.
    expect(inputs.regulator).toHaveLength(22);
    expect(inputs.regulator.every((r) => r.role !== "context")).toBe(true);
    expect(inputs.sites.every((s) => s.mwBasis === "energized_load")).toBe(true);
    expect(inputs.sites).toHaveLength(11);
    expect(inputs.miners).toHaveLength(190);
    expect(inputs.fleet.at(-1)).toMatchObject({ month: "2025-05", low: 12, high: 39.0909 });
  });
});
