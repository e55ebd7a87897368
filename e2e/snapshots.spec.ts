import { spawnSync } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { expect, test } from "@playwright/test";

test.describe("snapshots", () => {
  test("a snapshot page shows the frozen numbers with its provenance and downloads", async ({
    page,
    request,
  }) => {
    const created = await request.post("/api/v1/snapshots", {
      data: { m: "2021-07", gs: "unctad" },
    });
    expect([200, 201]).toContain(created.status());
    const { url, id } = await created.json();
    const response = await page.goto(url);
    // Private: the page holds a per-request CSP nonce that no shared cache may hand on.
    expect(response?.headers()["cache-control"]).toBe("private, max-age=300");
    await expect(page.getByRole("note")).toContainText("Snapshot of data as of");
    await expect(page.getByLabel("Global South share")).toHaveText("23.0–42.2 %");
    await expect(page.getByText(/possibly relocated/).first()).toBeVisible();
    await expect(page.getByRole("link", { name: "See the live view" })).toHaveAttribute(
      "href",
      "/?m=2021-07",
    );
    await expect(page.getByRole("link", { name: "CSV" })).toHaveAttribute(
      "href",
      `/api/v1/snapshots/${id}?format=csv`,
    );
  });

  test("the snapshot's CSV and the live view's CSV of the month have the same header and rows", async ({
    page,
    request,
  }) => {
    await page.goto("/?m=2021-07&gs=g77");
    const live = page.getByRole("link", { name: "the table as CSV" });
    const liveCsv = await (await request.get((await live.getAttribute("href")) ?? "")).text();
    const { url } = await (
      await request.post("/api/v1/snapshots", { data: { m: "2021-07", gs: "g77" } })
    ).json();
    await page.goto(url);
    const frozen = page.getByRole("link", { name: "CSV", exact: true });
    const frozenCsv = await (await request.get((await frozen.getAttribute("href")) ?? "")).text();
    const [liveHeader, ...liveRows] = liveCsv.trim().split("\r\n");
    const [frozenHeader, ...frozenRows] = frozenCsv.trim().split("\r\n");
    expect(frozenHeader).toBe(liveHeader);
    expect(frozenHeader).toContain("global_south,global_south_definition");
    expect(frozenRows).toEqual(liveRows);
    // The hashrate the source names no country for is a row, "unknown" in the Global South column.
    expect(frozenRows.some((r) => r.includes(",unknown,g77,"))).toBe(true);
  });

  test("the snapshot's preview image is a PNG of the social-card size", async ({ request }) => {
    const { url } = await (
      await request.post("/api/v1/snapshots", { data: { m: "2019-09" } })
    ).json();
    const image = await request.get(`${url}/opengraph-image`);
    expect(image.status()).toBe(200);
    expect(image.headers()["content-type"]).toBe("image/png");
    const png = await image.body();
    expect(png.subarray(1, 4).toString()).toBe("PNG");
    expect([png.readUInt32BE(16), png.readUInt32BE(20)]).toEqual([1200, 630]);
    expect(png.length).toBeGreaterThan(10_000);
    expect(png.length).toBeLessThan(1_000_000);
  });

  test("an unknown snapshot is a 404 page, not a crash", async ({ page }) => {
    const response = await page.goto("/s/AAAAAAAAAAAAAAAAAAAAAAAAAAA");
    expect(response?.status()).toBe(404);
  });
});

test("a deep link's preview image is a PNG, and bad parameters are a JSON 400", async ({
  request,
}) => {
  const image = await request.get("/api/og?m=2021-07&gs=g77");
  expect(image.headers()["content-type"]).toBe("image/png");
  expect((await image.body()).readUInt32BE(16)).toBe(1200);
  const bad = await request.get("/api/og?m=2019-13");
  expect(bad.status()).toBe(400);
  expect((await bad.json()).error.code).toBe("invalid_parameter");
});

test.describe("a snapshot after later data", () => {
  test("keeps showing its numbers while the live view shows the newly ingested ones", async ({
    page,
    request,
  }) => {
    const { url } = await (
      await request.post("/api/v1/snapshots", { data: { m: "2025-05" } })
    ).json();
    await page.goto(url);
    const frozen = page.getByRole("table").first();
    await expect(frozen).toContainText("Kazakhstan");
    await expect(frozen).not.toContainText("Ethiopia");
    const figure = page.getByLabel("Global South share");
    const frozenFigure = await figure.textContent();

    // A later ingest: another publication naming more of May 2025 (constructed for this test)
    // through the operator's own command, into the same database the server reads.
    const dir = mkdtempSync(join(tmpdir(), "atlas-e2e-"));
    const csv = join(dir, "reported.csv");
    writeFileSync(
      csv,
      "month,country,share,source,url\n2025-05,US,0.4,E2E test figures,https://example.org/e2e\n2025-05,ET,0.3,E2E test figures,https://example.org/e2e\n2025-05,PY,0.2,E2E test figures,https://example.org/e2e\n",
    );
    const result = spawnSync("npx", ["tsx", "lib/cli/main.ts", "import", csv], {
      env: { ...process.env, ATLAS_DB_PATH: "var/e2e/atlas.db", ATLAS_OFFLINE: "1" },
      encoding: "utf8",
      timeout: 60_000,
    });
    rmSync(dir, { recursive: true, force: true });
    expect(result.status, result.stderr).toBe(0);

    const live = await (await request.get("/api/v1/shares?month=2025-05")).json();
    expect(live.method).toBe("reported");
    expect(live.rows.map((r: { country: string }) => r.country)).toEqual(["US", "ET", "PY"]);
    await page.reload();
    await expect(frozen).toContainText("Kazakhstan");
    await expect(frozen).not.toContainText("Ethiopia");
    await expect(figure).toHaveText(frozenFigure ?? "");
  });
});
