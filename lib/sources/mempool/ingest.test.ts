import { readFileSync } from "node:fs";
import { describe, expect, test } from "vitest";
import { faults, json } from "../../http/testing";
import { testContext } from "../../ingest/testing";
import { getHealth } from "../../monitor/health";
import { getConcentrationView } from "../../queries/concentration-view";
import { getPoolFootprint } from "../../queries/footprint-view";
import { getMonthIndex, getShareView } from "../../queries/shares-view";
import { importBundledSeed } from "../../seed/testing";
import { STORE_DIALECTS } from "../../store/testing";
import { useSourceTestBed } from "../testing";
import { paths } from "./client";
import { ingestMempool } from "./index";

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
    expect(series.map((p) => [p.month, p.basis])).toEqual([
      ["2025-03", "weekly-hashrate"],
      ["2025-04", "blocks"],
      ["2026-11", "blocks"],
    ]);
    for (const p of series) {
      const located = p.countries.reduce((a, c) => a + c.share, 0);
      expect(p.coverage).toBeCloseTo(located, 9);
      expect(p.coverage).toBeLessThanOrEqual(1);
    }
  });

  test("the weekly history and the weeks of blocks give a concentration series, each month on its own basis", async () => {
    await ingestMempool(testContext(bed.store.db, bed.server.url));
    const { series } = await getConcentrationView(bed.store.db);
    expect(series.map((p) => [p.month, p.basis, p.periods, p.nakamoto, p.hhi])).toEqual([
      // Three weeks of hashrate shares, stored under mempool's timestamps 10, 17, 24 March
      // (each a week's end), averaged.
      ["2025-03", "weekly-hashrate", 3, 3, 1728.3],
      // The seed's recorded week of blocks.
      ["2025-04", "blocks", 1, 3, 1729.5],
      // The same recorded week, as fetched at the test's "now" (2026-11-25T12:00Z).
      ["2026-11", "blocks", 1, 3, 1728.4],
    ]);
    expect(series[0]).toMatchObject({
      periodStart: "2025-03-03T00:00:00.000Z",
      periodEnd: "2025-03-24T00:00:00.000Z",
      source: "mempool",
      coverage: expect.closeTo(0.9706, 9),
    });
    expect(series[2]?.coverage).toBeCloseTo(994 / 1024, 9);
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
