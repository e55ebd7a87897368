import { readFileSync } from "node:fs";
import { describe, expect, test } from "vitest";
import { monthRange } from "../../core/month";
import { faults, json } from "../../http/testing";
import { testContext } from "../../ingest/testing";
import { getHealth } from "../../monitor/health";
import { getConcentrationView } from "../../queries/concentration-view";
import { getPoolFootprint } from "../../queries/footprint-view";
import { getMonthIndex, getShareView } from "../../queries/shares-view";
import { importBundledSeed } from "../../seed/testing";
import { STORE_DIALECTS } from "../../store/testing";
import { ingestSource } from "../run";
import { useSourceTestBed } from "../testing";
import { paths } from "./client";
import { mempoolSource } from "./index";

const ingestMempool = (ctx: Parameters<typeof ingestSource>[0]) => ingestSource(ctx, mempoolSource);

const fixture = (name: string) => readFileSync(`lib/sources/mempool/fixtures/${name}`);
const routes = () => ({
  [paths.pools("1w")]: json(fixture("pools-1w.trimmed.json")),
  [paths.hashratePools("3y")]: json(fixture("hashrate-pools.constructed.json")),
  [paths.hashrate("3y")]: json(fixture("hashrate.constructed.json")),
});

describe.each(STORE_DIALECTS)("mempool ingest and the pool server footprint on %s", (dialect) => {
  const bed = useSourceTestBed(dialect, routes, { prepare: importBundledSeed });

  test("pool data never becomes a month of hashrate shares", async () => {
    const before = await getMonthIndex(bed.store.db);
    const outcome = await ingestMempool(testContext(bed.store.db, bed.server.url));
    expect(outcome).toMatchObject({ ok: true, changed: true });
    const after = await getMonthIndex(bed.store.db);
    expect(after).toEqual(before);
    expect(after.months).not.toContain("2025-03");
    expect(after.months).not.toContain("2026-11");
    expect(await getShareView(bed.store.db, "2026-11")).toBeNull();
  });

  test("the footprint covers each month with pool data, as server geography with its coverage", async () => {
    await ingestMempool(testContext(bed.store.db, bed.server.url));
    const { what, series } = await getPoolFootprint(bed.store.db);
    expect(what).toMatch(/not where miners are/);
    // The bundled pool history's months, then the week fetched at the test's "now".
    expect(series.map((p) => p.month)).toEqual([...monthRange("2020-01", "2026-02"), "2026-11"]);
    expect(series.every((p) => p.basis === "blocks")).toBe(true);
    for (const p of series) {
      const located = p.countries.reduce((a, c) => a + c.share, 0);
      expect(p.coverage).toBeCloseTo(located, 9);
      expect(p.coverage).toBeLessThanOrEqual(1);
    }
  });

  test("the weekly history and the weeks of blocks give a concentration series, each month on its own basis", async () => {
    await ingestMempool(testContext(bed.store.db, bed.server.url));
    const { series } = await getConcentrationView(bed.store.db);
    const recent = series.filter((p) => p.month >= "2025-03");
    expect(recent.map((p) => [p.month, p.basis, p.source, p.periods])).toEqual([
      // March 2025 has three weeks of mempool hashrate shares AND the bundled history's complete
      // month of blocks: the blocks speak for it, alone — bases are never mixed in a month.
      ["2025-03", "blocks", "pool-history", 1],
      // The history's April outranks the seed's recorded week that also ends in April.
      ["2025-04", "blocks", "pool-history", 1],
      ...monthRange("2025-05", "2026-02").map((m) => [m, "blocks", "pool-history", 1]),
      // The recorded week, as fetched at the test's "now" (2026-11-25T12:00Z).
      ["2026-11", "blocks", "mempool", 1],
    ]);
    expect(recent[0]).toMatchObject({
      periodStart: "2025-03-01T00:00:00.000Z",
      periodEnd: "2025-04-01T00:00:00.000Z",
    });
    // `blocks` counts the rows stored: the trimmed fixture lists 994 of the week's 1,024 blocks.
    expect(recent.at(-1)).toMatchObject({ nakamoto: 3, hhi: 1728.4, blocks: 994 });
    expect(recent.at(-1)?.coverage).toBeCloseTo(994 / 1024, 9);
    // The weekly shares were stored; they speak only for months without a block window.
    const weeks = await bed.store.db
      .selectFrom("pool_hashrate_shares")
      .select("week_start")
      .execute();
    expect(weeks.length).toBeGreaterThan(0);
  });

  test("measured months stay measured after a pool ingest", async () => {
    await ingestMempool(testContext(bed.store.db, bed.server.url));
    const index = await getMonthIndex(bed.store.db);
    expect(
      index.series.filter((s) => s.month <= "2022-01").every((s) => s.method === "measured"),
    ).toBe(true);
  });

  test("a failing endpoint writes nothing from the run and marks mempool degraded", async () => {
    bed.server.route(paths.hashrate("3y"), faults.html503());
    const before = await bed.store.db.selectFrom("pool_shares").selectAll().execute();
    const ctx = testContext(bed.store.db, bed.server.url);
    expect((await ingestMempool(ctx)).ok).toBe(false);
    expect(await bed.store.db.selectFrom("pool_shares").selectAll().execute()).toEqual(before);
    expect(await bed.store.db.selectFrom("pool_hashrate_shares").selectAll().execute()).toEqual([]);
    const health = await getHealth(bed.store);
    expect(health.sources.find((s) => s.id === "mempool")?.lastError).toMatch(/HTTP 503/);
    expect(ctx.log.lines.some((l) => l.level === "error" && l.extra.source === "mempool")).toBe(
      true,
    );
  });

  test("re-ingesting identical responses changes nothing", async () => {
    await ingestMempool(testContext(bed.store.db, bed.server.url));
    const shares = await bed.store.db
      .selectFrom("country_shares")
      .selectAll()
      .orderBy("month")
      .orderBy("label")
      .execute();
    expect(await ingestMempool(testContext(bed.store.db, bed.server.url))).toMatchObject({
      ok: true,
      changed: false,
    });
    expect(
      await bed.store.db
        .selectFrom("country_shares")
        .selectAll()
        .orderBy("month")
        .orderBy("label")
        .execute(),
    ).toEqual(shares);
  });
});
