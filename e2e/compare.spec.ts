import { expect, test } from "./fixtures";

test.describe("compare mode", () => {
  test("both maps fit the world on entry, from the menu as on a direct load", async ({ page }) => {
    await page.goto("/?m=2021-07&cmp=2019-09");
    const maps = page.locator(".leaflet-container");
    await expect(maps).toHaveCount(2);
    await expect(maps.nth(1)).toHaveAttribute("data-view", /.+/);
    const direct = await maps.nth(0).getAttribute("data-view");
    await expect(maps.nth(1)).toHaveAttribute("data-view", direct ?? "");

    // From the menu, after the reader has moved the single map somewhere else.
    await page.goto("/?m=2021-07");
    await maps.first().getByRole("button", { name: "Zoom in" }).click();
    await expect(page).toHaveURL(/&z=/);
    await page.getByLabel("Compare with").selectOption("2019-09");
    await expect(maps).toHaveCount(2);
    await expect(maps.nth(0)).toHaveAttribute("data-view", direct ?? "");
    await expect(maps.nth(1)).toHaveAttribute("data-view", direct ?? "");
    await expect(page).not.toHaveURL(/&z=/);
    const [, lon, zoom] = (direct ?? "").split(",").map(Number);
    expect(zoom).toBeLessThanOrEqual(1.5); // the whole world, China and the Americas alike
    expect(Math.abs(lon ?? 999)).toBeLessThan(60);
  });

  test("one legend serves both maps and names the share no country is named for in each month", async ({
    page,
  }) => {
    await page.goto("/?m=2021-07&cmp=2019-09");
    const legend = page.getByRole("region", { name: "Map legend" });
    await expect(legend).toHaveCount(1);
    await expect(legend).toContainText(/No country named .* in July 2021: 9\.4 %/);
    await expect(legend).toContainText(/No country named .* in September 2019: [\d.]+ %/);
    const maps = page.locator(".map-frame");
    const key = await legend.boundingBox();
    for (const frame of await maps.all()) {
      const box = await frame.boundingBox();
      expect((box?.y ?? 0) + (box?.height ?? 0)).toBeLessThanOrEqual((key?.y ?? 0) + 1);
    }
  });
});

test.describe("the panel in compare mode", () => {
  test("opens on the difference between the two chosen months", async ({ page }) => {
    await page.goto("/?m=2021-07&cmp=2019-09");
    const panel = page.getByRole("complementary", { name: "Data panel" });
    const first = panel.getByRole("heading", { level: 2 }).first();
    await expect(first).toHaveText("July 2021 compared with September 2019");
    await expect(first).toBeInViewport();
    const comparison = panel.getByRole("region", {
      name: "July 2021 compared with September 2019",
    });
    await expect(comparison).toContainText("Global South:");
    const china = comparison.getByRole("row", { name: /China/ });
    await expect(china).toContainText("pp");
    await expect(panel).not.toContainText("change since the previous month");
  });
});

test.describe("the trend chart", () => {
  test("tells each month's value on focus and hover, with the month marker under the data", async ({
    page,
  }) => {
    await page.goto("/?m=2021-07");
    const chart = page.getByRole("img", { name: /Trend: the Global South's share/ });
    await chart.focus();
    const said = page.locator(".gs-chart [aria-live]").first();
    await expect(said).toContainText(/^July 2021: [\d.]+(–[\d.]+)? % \(measured\)$/);
    await page.keyboard.press("ArrowLeft");
    await expect(said).toContainText(/^June 2021:/);
    const [mark, data] = await chart.evaluate((svg) => {
      const children = [...svg.children];
      return [
        children.findIndex((c) => c.matches(".mark")),
        children.findIndex((c) => c.matches(".run, .dot") || c.querySelector(".run, .dot")),
      ];
    });
    expect(mark).toBeGreaterThanOrEqual(0);
    expect(mark).toBeLessThan(data);
  });
});
