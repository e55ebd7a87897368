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

test.describe("the comparison reads in one order and fits", () => {
  test.use({ viewport: { width: 1366, height: 900 } });

  test("maps and tables put the two months in the same order; the Difference column is not clipped", async ({
    page,
  }) => {
    await page.goto("/?m=2021-07&cmp=2019-09");
    await expect(page.locator(".map-caption")).toHaveText(["July 2021", "September 2019"]);
    const panel = page.getByRole("complementary", { name: "Data panel" });
    const table = panel.getByRole("table", { name: /Share of hashrate by country/ });
    const headers = ["Country", "July 2021", "September 2019", "Difference"];
    await expect(table.locator("thead th")).toHaveText(headers);
    await expect(table.locator("caption")).toContainText(
      "Difference from September 2019 to July 2021",
    );
    const scroller = table.locator("xpath=ancestor::section[contains(@class,'table-scroll')]");
    const box = await scroller.boundingBox();
    const diff = await table.getByRole("columnheader", { name: "Difference" }).boundingBox();
    const caption = await table.locator("caption").boundingBox();
    const right = (box?.x ?? 0) + (box?.width ?? 0);
    expect((diff?.x ?? 0) + (diff?.width ?? 0)).toBeLessThanOrEqual(right + 1);
    expect((caption?.x ?? 0) + (caption?.width ?? 0)).toBeLessThanOrEqual(right + 1);
    const data = page
      .getByRole("region", { name: "Data table" })
      .getByRole("table", { name: /Share of hashrate by country/ });
    await expect(data.locator("thead th")).toHaveText(headers);
  });

  test("across sources, 'not comparable' is said once per table, not on every row", async ({
    page,
  }) => {
    await page.goto("/?m=2025-06&cmp=2019-09");
    await expect(page.getByRole("table", { name: /Share of hashrate by country/ })).toHaveCount(2);
    for (const table of await page
      .getByRole("table", { name: /Share of hashrate by country/ })
      .all()) {
      await expect(table.locator("caption")).toContainText("Not comparable country by country");
      await expect(table.locator("tbody")).not.toContainText(/comparable/i);
      await expect(table.getByRole("columnheader", { name: "Difference" })).toHaveCount(0);
    }
  });

  test("the CSV of a compared view holds both months, the unnamed row and the Global South column", async ({
    page,
    request,
  }) => {
    await page.goto("/?m=2025-06&cmp=2019-09&gs=g77");
    const link = page.getByRole("link", { name: "both months' table as CSV" });
    const href = (await link.getAttribute("href")) ?? "";
    expect(href).toContain("compare=2019-09");
    expect(href).toContain("definition=g77");
    const csv = await (await request.get(href)).text();
    const lines = csv.trim().split("\r\n");
    expect(lines[0]).toBe(
      "month,country,name,label,share,method,source,global_south,global_south_definition,caveat",
    );
    expect(new Set(lines.slice(1).map((l) => l.slice(0, 7)))).toEqual(
      new Set(["2025-06", "2019-09"]),
    );
    // The on-screen table's "Not named by the source" row for June 2025 is in the CSV too.
    const notNamed = lines.find((l) => l.startsWith("2025-06,,Not named by the source"));
    expect(notNamed).toContain(",unknown,g77,");
  });
});
