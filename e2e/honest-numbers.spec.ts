import { expect, shownMonth, test } from "./fixtures";

/** A change stated as one number: "−57.5 points since …", "+3 pp". */
const SINGLE_CHANGE = /[−+-]\d+(\.\d+)? (points|pp) since/;

test.describe("honest numbers", () => {
  test("a partial source's month reads as a range, with why, and no single-number change across sources", async ({
    page,
  }) => {
    // Hashrate Index's "July 2025" map describes 30 June 2025: it is June's figure.
    await page.goto("/?m=2025-06");
    await shownMonth(page, "2025-06");
    await expect(page.getByLabel("Global South share")).toHaveText("24.2–44.6 %");
    await expect(page.locator(".stat-why")).toContainText(
      "it names no country for 20.4 % of hashrate",
    );
    const summary = page.locator(".summary");
    await expect(summary).toContainText("Global South 24.2–44.6 % of hashrate in June 2025");
    await expect(summary).toContainText("points lower than in September 2019 (different sources:");
    await expect(summary).toContainText("CCAF Bitcoin Mining Map (CBECI)");
    await expect(summary).toContainText("Hashrate Index heatmap");
    // Nowhere on the page is a change across the two sources stated as one number.
    expect(await page.locator("body").textContent()).not.toMatch(SINGLE_CHANGE);
    // May 2025 is the same source's month before: June's countries named in both have a change.
    const changes = page.locator(".top-countries .change");
    await expect(changes.first()).not.toHaveText("—");
    // A country the source does not name is "not named", never 0.
    await expect(page.getByRole("row", { name: /^Not named by the source/ })).toContainText(
      "20.4 %",
    );
  });

  test("within one source a change is one number; the header says how old the newest data is", async ({
    page,
  }) => {
    await page.goto("/?m=2021-07");
    await shownMonth(page, "2021-07");
    await expect(page.getByLabel("Global South share")).toHaveText("23.0–42.2 %");
    await expect(page.locator(".summary")).toContainText(
      "−58.9 points since September 2019 (same source, CCAF Bitcoin Mining Map (CBECI))",
    );
    // The relocation caveats travel with the headline.
    const caveats = page.getByRole("list", { name: "Caveats" });
    await expect(caveats).toContainText("possibly relocated through VPN or proxy services");
    await expect(caveats).toContainText("Mainland China: 0 % in this month");
    await expect(page.locator(".live-status")).toContainText("Archive month");
    await expect(page.locator(".live-status")).toContainText("Newest country data: October 2025");

    await page.goto("/");
    const status = page.locator(".live-status");
    await expect(status).toContainText(
      /Newest country data: October 2025, Hashrate Index \(Luxor\), as reported by Reuters.*\(reported\) — \d+ months old/,
    );
    await expect(status).not.toContainText("Live");
  });

  test("the panel shows how much the definition matters for the month", async ({ page }) => {
    await page.goto("/?m=2021-07");
    const table = page.getByRole("table", { name: /under each definition/ });
    await expect(table.getByRole("row", { name: /UNCTAD \(shown\)/ })).toContainText("23.0–42.2 %");
    await expect(table.getByRole("row", { name: /older vintage/ })).toContainText("9.2–28.4 %");
    await expect(table.getByRole("row", { name: /G77/ })).toContainText("9.2–28.4 %");
    await table.getByRole("button", { name: "UNCTAD, older vintage" }).click();
    await expect(page).toHaveURL(/gs=unctad-legacy/);
    await expect(page.getByLabel("Global South share")).toHaveText("9.2–28.4 %");
  });

  test("a month long after the newest node snapshot shows no nodes and names that snapshot", async ({
    page,
    request,
  }) => {
    const api = await (await request.get("/api/v1/nodes?month=2025-07&detail=locations")).json();
    expect(api.snapshot).toBeNull();
    expect(api.locations).toEqual([]);
    expect(api.olderSnapshot.timestamp).toBe("2022-03-18T08:16:03.000Z");
    await page.goto("/?m=2025-07");
    await shownMonth(page, "2025-07");
    await expect(page.getByRole("region", { name: "Map legend" })).toContainText(
      "no snapshot within the 92 days before this month's end (newest earlier: 18 March 2022",
    );
    await expect(page.getByRole("region", { name: "Map legend" })).not.toContainText(
      "Reachable nodes (grouped",
    );
  });

  test("comparing months from two sources gives spans, never per-country differences", async ({
    page,
  }) => {
    await page.goto("/?m=2025-06&cmp=2019-09");
    await shownMonth(page, "2025-06");
    const section = page.getByRole("region", { name: "Data table" });
    await expect(section.locator(".compare-gs")).toContainText(
      "points lower than in September 2019 (different sources:",
    );
    const table = section.getByRole("table");
    // Said once, in the caption; no row repeats it and there is no difference column.
    await expect(table.locator("caption")).toContainText("Not comparable country by country");
    const china = table.getByRole("row", { name: /^China/ });
    await expect(china).not.toContainText("comparable");
    expect(await table.textContent()).not.toMatch(/[−+]\d+(\.\d+)? pp/);
  });

  test("the API has no modeled months and serves ranges and definitions", async ({ request }) => {
    const months = await (await request.get("/api/v1/months")).json();
    expect(months.series.some((s: { method: string }) => s.method === "modeled")).toBe(false);
    const gs = await (await request.get("/api/v1/global-south?definition=unctad")).json();
    const july = gs.series.find((p: { month: string }) => p.month === "2021-07");
    expect(july.low).toBeCloseTo(0.2299, 9);
    const legacy = await (
      await request.get("/api/v1/global-south?definition=unctad-legacy")
    ).json();
    expect(legacy.series.find((p: { month: string }) => p.month === "2021-07").low).toBeCloseTo(
      0.092,
      9,
    );
    const definitions = await (await request.get("/api/v1/definitions")).json();
    expect(definitions.definitions.map((d: { id: string }) => d.id)).toContain("unctad-legacy");
  });
});
