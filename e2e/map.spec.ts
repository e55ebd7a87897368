import { expect, mapPixels, shownMonth, test } from "./fixtures";

test.describe("the live map", () => {
  test("the slider steps by keyboard and restyles the choropleth and the Global South share", async ({
    page,
  }) => {
    await page.goto("/?m=2021-06");
    const slider = page.getByRole("slider", { name: "Month" });
    await expect(slider).toHaveAttribute("aria-valuetext", "June 2021");
    await shownMonth(page, "2021-06");
    const share = page.getByLabel("Global South share");
    const before = await share.textContent();
    const pixels = await mapPixels(page);

    await slider.press("ArrowRight");
    await expect(slider).toHaveAttribute("aria-valuetext", "July 2021");
    await shownMonth(page, "2021-07");
    await expect(share).not.toHaveText(before ?? "");
    expect((await mapPixels(page)).equals(pixels)).toBe(false);

    await slider.press("PageDown");
    await expect(slider).toHaveAttribute("aria-valuetext", "July 2020");
    await slider.press("Home");
    await expect(slider).toHaveAttribute("aria-valuetext", "September 2019");
    await slider.press("ArrowLeft");
    await expect(slider).toHaveAttribute("aria-valuetext", "September 2019");
    await slider.press("PageUp");
    await expect(slider).toHaveAttribute("aria-valuetext", "September 2020");
    await expect(page).toHaveURL(/m=2020-09/);

    // The map keeps its size whatever the month's label ("May 2020 measured" vs "September
    // 2020 measured" wrap differently): a resize would re-lay the map out on every step.
    const map = page.locator(".leaflet-container").first();
    const size = await map.boundingBox();
    for (const key of ["ArrowLeft", "ArrowLeft", "ArrowLeft", "ArrowLeft", "End", "Home"]) {
      await slider.press(key);
      await page.waitForTimeout(150); // the page follows the slider after a pause
      expect(await map.boundingBox()).toEqual(size);
    }
  });

  test("End reaches the current month, shown as a gap when no source covers it", async ({
    page,
  }) => {
    await page.goto("/?m=2020-01");
    const slider = page.getByRole("slider", { name: "Month" });
    await slider.press("End");
    const now = new Date();
    const current = now.toLocaleString("en-US", {
      month: "long",
      year: "numeric",
      timeZone: "UTC",
    });
    await expect(slider).toHaveAttribute("aria-valuetext", current);
    const months = await (await page.request.get("/api/v1/months")).json();
    const currentMonth = now.toISOString().slice(0, 7);
    if (!months.months.includes(currentMonth))
      await expect(page.getByLabel("Global South share")).toHaveText("No data");
  });

  test("play advances the months and pause stops", async ({ page }) => {
    await page.goto("/?m=2019-09");
    const slider = page.getByRole("slider", { name: "Month" });
    await page.getByRole("button", { name: "Play" }).click();
    await expect(slider).not.toHaveAttribute("aria-valuetext", "September 2019");
    await page.getByRole("button", { name: "Pause" }).click();
    const stopped = await slider.getAttribute("aria-valuetext");
    await expect(page.getByRole("button", { name: "Play" })).toBeVisible();
    await expect(slider).toHaveAttribute("aria-valuetext", stopped ?? "");
  });

  test("the definition selector changes the Global South share", async ({ page }) => {
    await page.goto("/?m=2019-09");
    const share = page.getByLabel("Global South share");
    const before = await share.textContent();
    await page.getByLabel("Global South definition").selectOption("unctad-ex-china");
    await expect(share).not.toHaveText(before ?? "");
    await expect(page).toHaveURL(/gs=unctad-ex-china/);
  });

  test("layer toggles hide and show the layers and are kept in the URL", async ({ page }) => {
    await page.goto("/?m=2022-03");
    await shownMonth(page, "2022-03");
    const nodes = page.getByRole("checkbox", { name: "Nodes" });
    await expect(page.locator("canvas.node-layer")).toHaveCount(1);
    await nodes.uncheck();
    await expect(page.locator("canvas.node-layer")).toHaveCount(0);
    await expect(page).toHaveURL(/l=shares,pools,sites/);
    await nodes.check();
    await expect(page.locator("canvas.node-layer")).toHaveCount(1);

    const legend = page.getByRole("region", { name: "Map legend" });
    await page.getByRole("checkbox", { name: "Pool servers" }).uncheck();
    await expect(legend).not.toContainText("Pool servers");
    await page.getByRole("checkbox", { name: "Pool servers" }).check();
    await expect(legend).toContainText("Pool servers");

    const pixels = await mapPixels(page);
    await page.getByRole("checkbox", { name: "Hashrate share" }).uncheck();
    await expect(legend).not.toContainText("Share of global hashrate");
    expect((await mapPixels(page)).equals(pixels)).toBe(false);
    await page.getByRole("checkbox", { name: "Hashrate share" }).check();
    await expect(legend).toContainText("Share of global hashrate");
  });

  test("nodes are grouped by area: hovering a group names its count, clicking it zooms in", async ({
    page,
  }) => {
    await page.goto("/?m=2022-03&l=nodes");
    const canvas = page.locator("canvas.node-layer");
    await expect(canvas).toHaveAttribute("data-largest", /^\d+,\d+,\d+$/);
    const [x, y, nodes] = ((await canvas.getAttribute("data-largest")) ?? "")
      .split(",")
      .map(Number);
    expect(nodes).toBeGreaterThan(100); // the real 2022-03-18 Bitnodes snapshot, grouped
    const map = page.locator(".leaflet-container").first();
    const box = await map.boundingBox();
    if (!box || x === undefined || y === undefined) throw new Error("no map on the page");
    await page.mouse.move(box.x + x, box.y + y);
    // The disc on top under the pointer: this group or a smaller neighbour drawn over it.
    await expect(page.locator(".node-tip")).toHaveText(
      /^[\d,]+ nodes in [\d,]+ places — click to zoom in$/,
    );
    const zoomBefore = Number((await map.getAttribute("data-view"))?.split(",")[2]);
    await page.mouse.click(box.x + x, box.y + y);
    await expect(map).toHaveAttribute("data-view", new RegExp(`,${zoomBefore + 2}$`));
    await expect(page).toHaveURL(/&z=/);
    await expect(page).not.toHaveURL(/[?&]c=/); // the click zoomed; it did not choose a country
  });

  test("compares two months side by side with per-country differences", async ({ page }) => {
    await page.goto("/?m=2021-07");
    await page.getByLabel("Compare with").selectOption("2019-09");
    await expect(page).toHaveURL(/cmp=2019-09/);
    await expect(page.locator(".leaflet-container")).toHaveCount(2);
    // Both months from CBECI: one number per country, and the Global South change in points.
    const china = page
      .getByRole("table", { name: /Share of hashrate by country, July 2021 and September 2019/ })
      .first()
      .getByRole("row", { name: /^China/ });
    await expect(china.getByRole("cell").nth(2)).toContainText("pp");
    await expect(page.locator(".compare-gs")).toContainText(
      "July 2021, −58.9 points since September 2019 (same source",
    );

    // The two maps pan and zoom as one, whichever the reader moves.
    const [left, right] = [
      page.locator(".leaflet-container").nth(0),
      page.locator(".leaflet-container").nth(1),
    ];
    const before = await left.getAttribute("data-view");
    await right.getByRole("button", { name: "Zoom in" }).click();
    await expect(right).not.toHaveAttribute("data-view", before ?? "");
    const after = await right.getAttribute("data-view");
    await expect(left).toHaveAttribute("data-view", after ?? "");
    await expect(page).toHaveURL(/&z=/);
  });

  test("choosing a country opens its panel and links to its history", async ({ page }) => {
    await page.goto("/?m=2019-09");
    await page.getByRole("button", { name: "China", exact: true }).click();
    const panel = page.getByRole("region", { name: "China" });
    await expect(panel).toContainText("75.5 %");
    await expect(page).toHaveURL(/c=CN/);
    await expect(panel.getByRole("img", { name: /China's share of hashrate/ })).toBeVisible();
    await panel.getByRole("link", { name: /Full history/ }).click();
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("China");
    const row = page.getByRole("row", { name: /September 2019/ });
    await expect(row).toContainText("75.5 %");
    await expect(row).toContainText("measured");
    await expect(row).toContainText("CBECI");
    const sources = page.getByRole("region", { name: "Sources" });
    await expect(sources).toContainText("CC BY-NC-SA 4.0");
    await expect(sources).toContainText("Bitnodes");
  });
});

test.describe("on a phone", () => {
  test.use({ viewport: { width: 390, height: 844 }, hasTouch: true, isMobile: true });

  test("shows the map with the panel as a bottom sheet", async ({ page }) => {
    await page.goto("/?m=2020-04");
    await expect(page.locator(".leaflet-container")).toBeVisible();
    const sheet = page.getByRole("complementary", { name: "Data panel" });
    await expect(sheet).toBeVisible();
    await expect(sheet.getByLabel("Global South share")).toBeVisible();
    const handle = sheet.getByRole("button", { name: "Show details" });
    await handle.click();
    await expect(sheet.getByRole("button", { name: "Show less" })).toHaveAttribute(
      "aria-expanded",
      "true",
    );
    await expect(sheet.getByLabel("Global South definition")).toBeVisible();
  });
});

test.describe("the first screen at 1280×720", () => {
  for (const path of ["/", "/?m=2025-04", "/?m=2025-07"])
    test(`${path}: the slider is whole on the first screen, above the legend, without scrolling`, async ({
      page,
    }) => {
      await page.setViewportSize({ width: 1280, height: 720 });
      await page.goto(path);
      const slider = page.getByRole("slider", { name: "Month" });
      await expect(slider).toBeVisible();
      await expect(page.getByRole("region", { name: "Map legend" })).toBeVisible();
      expect(await page.evaluate(() => window.scrollY)).toBe(0);
      const box = await slider.boundingBox();
      if (!box) throw new Error("no slider");
      expect(box.y).toBeGreaterThanOrEqual(0);
      expect(box.y + box.height).toBeLessThanOrEqual(720);
      expect(box.x + box.width).toBeLessThanOrEqual(1280);
      const key = await page.getByRole("region", { name: "Map legend" }).boundingBox();
      expect(key?.y ?? 0).toBeGreaterThanOrEqual(box.y + box.height);
    });
});
