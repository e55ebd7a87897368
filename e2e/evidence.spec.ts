import { expect, shownMonth, test } from "./fixtures";

/** The site markers on the main map (SVG paths in the points pane). */
const markers = (page: import("@playwright/test").Page) =>
  page.locator(".leaflet-container").first().locator(".leaflet-points-pane path.site-marker");

test.describe("evidence after 2022", () => {
  test("the Mining sites layer toggles, and its state is in the URL", async ({ page }) => {
    await page.goto("/?m=2025-04");
    await shownMonth(page, "2025-04");
    const map = page.locator(".leaflet-container").first();
    await expect(map).toHaveAttribute("data-sites-month", "2025-04");
    await expect(markers(page).first()).toBeVisible();
    const legend = page.getByRole("region", { name: "Map legend" });
    await expect(legend).toContainText("sites as disclosed");
    const box = page.getByRole("checkbox", { name: "Mining sites" });
    await box.uncheck();
    await expect(page).toHaveURL(/l=shares,nodes,pools(&|$)/);
    await expect(markers(page)).toHaveCount(0);
    await expect(legend).not.toContainText("mining sites as disclosed");
    await box.check();
    await expect(page).not.toHaveURL(/l=/);
    await expect(markers(page).first()).toBeVisible();
  });

  test("scrubbing from 2022 to 2025 adds Ethiopia's sites, and a marker tells its source", async ({
    page,
  }) => {
    await page.goto("/?m=2022-06&l=sites");
    const map = page.locator(".leaflet-container").first();
    await expect(map).toHaveAttribute("data-sites-month", "2022-06");
    expect(await map.getAttribute("data-sites-countries")).not.toContain("ET");
    const slider = page.getByRole("slider", { name: "Month" });
    // A year at a time, then month by month: the layer follows every step.
    for (const key of ["PageUp", "PageUp", "PageUp", "ArrowLeft", "ArrowLeft"])
      await slider.press(key);
    await expect(slider).toHaveAttribute("aria-valuetext", "April 2025");
    await expect(map).toHaveAttribute("data-sites-month", "2025-04");
    await expect(map).toHaveAttribute("data-sites-countries", /(^|,)ET(,|$)/);
    await expect(map).toHaveAttribute("data-sites-countries", /(^|,)PY(,|$)/);

    await markers(page).first().hover({ force: true });
    const tip = page.locator(".leaflet-tooltip .map-tip");
    await expect(tip).toBeVisible();
    await expect(tip).toContainText(/energized|under construction|announced|closed|sold|expanded/);
    await expect(tip).toContainText(/ MW \(.+\)|MW not stated/);
    await expect(tip).toContainText("as disclosed");
    await expect(tip).toContainText("centroid, not the facility");
    await expect(tip.getByRole("link")).toHaveAttribute("href", /^https?:\/\//);
  });

  test("the panel charts the Global South's disclosed capacity, labelled as disclosure", async ({
    page,
  }) => {
    await page.goto("/?m=2025-04");
    const section = page.getByRole("region", { name: /Known mining sites in the Global South/ });
    await expect(section).toContainText("April 2025:");
    await expect(section).toContainText("stated as used for mining");
    await expect(
      section.getByRole("img", { name: /Disclosed capacity of known mining sites/ }),
    ).toBeVisible();
    await expect(section).toContainText("not a share of hashrate");
  });

  test("/country/ET sets EEP's figures, claims and sites beside the shares", async ({ page }) => {
    await page.goto("/country/ET");
    const evidence = page.getByRole("region", { name: "Evidence beside the shares" });
    const regulator = evidence.getByRole("table", { name: /utilities, regulators and ministries/ });
    const eep = regulator.getByRole("row", { name: /796\.28 GWh/ });
    await expect(eep).toContainText("Ethiopian Electric Power");
    await expect(eep).toContainText("8 Jul 2023 – 7 Jul 2024");
    await expect(eep).toContainText("average load 796.28 GWh ÷ 8,784 h = 90.65 MW");
    const claims = evidence.getByRole("table", { name: /Figures published about Ethiopia/ });
    await expect(claims).toContainText("low confidence");
    await expect(claims).toContainText("medium confidence");
    await expect(evidence.getByRole("table", { name: /Known sites in Ethiopia/ })).toContainText(
      "Ethiopia",
    );
    // Never named by a share source: each month says how much it could at most be.
    await expect(page.getByRole("row", { name: /^June 2025/ })).toContainText("not named (0–");
    // November 2023: MinerMetrics' own figure for all of Africa bounds it.
    const nov = page.getByRole("row", { name: /^November 2023/ });
    await expect(nov).toContainText("not named (0–2.2 %)");
    await expect(nov).toContainText("bounded by the source's Africa figure");
  });

  test("2023-11 is a reported month (MinerMetrics); low-confidence claims make no month", async ({
    request,
  }) => {
    const months = await (await request.get("/api/v1/months")).json();
    const nov = months.series.find((s: { month: string }) => s.month === "2023-11");
    expect(nov).toEqual({ month: "2023-11", method: "reported", source: "reported-minermetrics" });
    // After September 2025 only Hashrate Index's late-October figures, relayed by Reuters
    // (medium confidence, 67 % named) make a month; low-confidence lists (Q4 2025, Q1 2026) do not.
    const after = months.series.filter((s: { month: string }) => s.month > "2025-09");
    expect(after).toEqual([
      {
        month: "2025-10",
        method: "reported",
        source: "reported-hashrate-index-as-reported-by-reuters",
      },
    ]);
  });
});
