import { execFile } from "node:child_process";
import { readFileSync } from "node:fs";
import { promisify } from "node:util";
import { json, type ReplayServer, startReplayServer } from "../lib/http/testing";
import { paths } from "../lib/sources/mempool/client";
import { expect, test } from "./fixtures";

const run = promisify(execFile);
const mempool = (name: string) => json(readFileSync(`lib/sources/mempool/fixtures/${name}`));

/**
 * The seeded database has every month 2020-01 … 2026-02 of block counts (the bundled pool
 * history) and one recorded week (2025-04). Before these tests the operator's own
 * command ingests the mempool adapter's fixtures from a loopback server into the database the
 * server reads: the recorded week of blocks (stored as ending this hour) and three weeks of
 * weekly pool shares in March 2025 (constructed in the documented shape: no recording exists).
 */
test.beforeAll(async () => {
  let server: ReplayServer | undefined;
  try {
    server = await startReplayServer({
      [paths.pools("1w")]: mempool("pools-1w.trimmed.json"),
      [paths.hashratePools("3y")]: mempool("hashrate-pools.constructed.json"),
      [paths.hashrate("3y")]: mempool("hashrate.constructed.json"),
    });
    // Async, not spawnSync: the replay server answers from this process's event loop.
    await run("node_modules/.bin/tsx", ["lib/cli/main.ts", "ingest", "mempool"], {
      env: {
        ...process.env,
        ATLAS_DB_PATH: "var/e2e/atlas.db",
        ATLAS_OFFLINE: "0",
        ATLAS_MEMPOOL_URL: server.url,
      },
      timeout: 60_000,
    });
  } finally {
    await server?.close();
  }
});

test.describe("pool concentration over time", () => {
  test("the chart has an accessible name, marks the selected month and follows the slider", async ({
    page,
  }) => {
    await page.goto("/?m=2025-03");
    const section = page.getByRole("region", { name: "Pool concentration" });
    const chart = section.getByRole("img", { name: /pool concentration by month/ });
    await expect(chart).toBeVisible();
    // The bundled pool history's March 2025, whole: the mempool weeks of March are not mixed in.
    await expect(chart).toHaveAccessibleName(
      /March 2025: Nakamoto coefficient 2, HHI 1,756 \(block counts in one window\)/,
    );
    await expect(section.locator('.mark-dot[data-month="2025-03"]')).toHaveCount(2);
    await expect(section).toContainText("4,541 blocks");
    await expect(section).toContainText("estimate of the pool's share of hashrate");

    await page.getByRole("slider", { name: "Month" }).press("ArrowRight");
    await expect(chart).toHaveAccessibleName(
      /April 2025: Nakamoto coefficient 2, HHI 1,717 \(block counts in one window\)/,
    );
    await expect(section.locator('.mark-dot[data-month="2025-04"]')).toHaveCount(2);
    await expect(section).toContainText("largest: Foundry USA");

    await section.getByText("Concentration by month (table)").click();
    const row = section.getByRole("row", { name: /March 2025/ });
    await expect(row).toContainText("1,756");
    await expect(row).toContainText("block counts");
  });

  test("a month without pool data says so and is a gap in the chart", async ({ page }) => {
    await page.goto("/?m=2019-12");
    const section = page.getByRole("region", { name: "Pool concentration" });
    await expect(section).toContainText("December 2019: no pool data.");
    const chart = section.getByRole("img", { name: /pool concentration by month/ });
    await expect(chart).toBeVisible();
    await expect(chart).toHaveAccessibleName(/December 2019: no pool data/);
    await expect(section.locator(".mark-dot")).toHaveCount(0);
  });

  test("the series is served as JSON and CSV", async ({ request }) => {
    const body = await (await request.get("/api/v1/pools/concentration")).json();
    const months = body.series.map((p: { month: string }) => p.month);
    expect(months.slice(0, 2)).toEqual(["2020-01", "2020-02"]);
    expect(months).toContain("2026-02");
    // The ingested week ends on the current hour; it belongs to the month of its last instant.
    const end = Math.floor(Date.now() / 3_600_000) * 3_600_000;
    expect(months).toContain(new Date(end - 1).toISOString().slice(0, 7));
    const csv = await request.get("/api/v1/pools/concentration?format=csv");
    expect(csv.headers()["content-type"]).toContain("text/csv");
    expect(await csv.text()).toContain(
      "2024-04,2,1676.8,blocks,2024-04-01T00:00:00.000Z,2024-05-01T00:00:00.000Z,1,4407,pool-history,",
    );
    const bad = await request.get("/api/v1/pools/concentration?month=2025-03");
    expect(bad.status()).toBe(400);
  });
});
