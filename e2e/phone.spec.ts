import type { Page } from "@playwright/test";
import { expect, test } from "./fixtures";

const PHONE = { viewport: { width: 390, height: 844 }, hasTouch: true, isMobile: true };

/** True when the element at the middle of `selector` belongs to it (nothing covers it there). */
async function uncovered(page: Page, selector: string): Promise<boolean> {
  return page.evaluate((sel) => {
    const el = document.querySelector(sel);
    if (!el) return false;
    const r = el.getBoundingClientRect();
    const hit = document.elementFromPoint(r.left + r.width / 2, r.top + r.height / 2);
    return hit !== null && (el === hit || el.contains(hit));
  }, selector);
}

test.describe("on a phone (390×844)", () => {
  test.use(PHONE);

  test("the estimate panel comes with the page, so the map keeps its size when the evidence arrives", async ({
    page,
  }) => {
    expect(await (await page.request.get("/")).text()).toContain('class="estimate-panel"');
    const evidence = page.waitForResponse((r) => r.url().includes("/api/v1/estimates/evidence"));
    await page.goto("/");
    const map = page.locator(".leaflet-container");
    await expect(map).toBeVisible();
    const before = (await map.boundingBox())?.height ?? 0;
    await evidence;
    // The evidence is parsed in a worker and taken in a deferred render: give it a moment.
    await page.waitForTimeout(1500);
    expect((await map.boundingBox())?.height).toBe(before);
    expect(before).toBeGreaterThan(200);
  });

  test("at an estimated month the estimate's details come folded, so the map keeps the first screen", async ({
    page,
  }) => {
    await page.goto("/?m=2025-07");
    const panel = page.getByRole("region", { name: "Estimated from evidence" });
    const more = panel.getByRole("button", { name: "Details of the estimate", exact: true });
    await expect(more).toHaveAttribute("aria-expanded", "false");
    await expect(panel.locator("#estimate-status")).toBeHidden();
    const map = page.locator(".leaflet-container");
    await expect(map).toBeVisible();
    expect((await map.boundingBox())?.height ?? 0).toBeGreaterThan(250);
    await expect(page.getByRole("slider", { name: "Month" })).toBeInViewport({ ratio: 1 });
    // Unfolded: how the map is coloured, and the assumptions, folded once more until tapped.
    await more.click();
    await expect(more).toHaveAttribute("aria-expanded", "true");
    await expect(panel.locator("#estimate-status")).toContainText("the map colours each");
    // The details scroll in their strip: the credits under them stay above the sheet.
    const credits = await page.locator(".map-credits").boundingBox();
    const sheet = await page.getByRole("complementary", { name: "Data panel" }).boundingBox();
    expect((credits?.y ?? 0) + (credits?.height ?? Infinity)).toBeLessThanOrEqual(sheet?.y ?? 0);
    expect(await uncovered(page, ".map-credits")).toBe(true);
    const box = panel.locator("details.assumptions-box");
    await expect(box).not.toHaveAttribute("open");
    await expect(box.getByLabel("PUE band")).toBeHidden();
    await box.locator("summary").click();
    await expect(box).toHaveAttribute("open", "");
    await expect(box.getByLabel("PUE band")).toBeVisible();
    // Folded again, the map has its height back.
    await more.click();
    await expect(panel.locator("#estimate-status")).toBeHidden();
    expect((await map.boundingBox())?.height ?? 0).toBeGreaterThan(250);
  });

  test("the map and the slider are visible on load, the sheet collapsed below the timeline", async ({
    page,
  }) => {
    await page.goto("/?m=2020-04");
    const slider = page.getByRole("slider", { name: "Month" });
    await expect(slider).toBeInViewport({ ratio: 1 });
    expect(await uncovered(page, ".slider .thumb")).toBe(true);
    expect(await uncovered(page, ".slider .track")).toBe(true);
    const map = await page.locator(".leaflet-container").boundingBox();
    expect(map?.height ?? 0).toBeGreaterThan(250);
    const sheet = page.getByRole("complementary", { name: "Data panel" });
    await expect(sheet.getByRole("button", { name: "Show details" })).toHaveAttribute(
      "aria-expanded",
      "false",
    );
    await expect(sheet.getByLabel("Global South share")).toBeInViewport();
    const sheetTop = (await sheet.boundingBox())?.y ?? 0;
    const sliderBottom = await slider.evaluate((e) => e.getBoundingClientRect().bottom);
    expect(sheetTop).toBeGreaterThanOrEqual(sliderBottom);
  });

  test("the legend starts collapsed, opens and closes, and never covers the map", async ({
    page,
  }) => {
    await page.goto("/?m=2021-07");
    const legend = page.getByRole("region", { name: "Map legend" });
    const toggle = legend.getByRole("button", { name: "Legend" });
    await expect(toggle).toHaveAttribute("aria-expanded", "false");
    await expect(legend.getByText("No data: not named by the source")).toBeHidden();
    await toggle.click();
    await expect(toggle).toHaveAttribute("aria-expanded", "true");
    await expect(legend.getByText("No data: not named by the source")).toBeVisible();
    const map = await page.locator(".leaflet-container").boundingBox();
    const key = await legend.boundingBox();
    if (!map || !key) throw new Error("no map or legend");
    expect(key.y).toBeGreaterThanOrEqual(map.y + map.height - 1);
    await toggle.click();
    await expect(legend.getByText("No data: not named by the source")).toBeHidden();
  });

  test("buttons, the slider and the map's controls are at least 44 px", async ({ page }) => {
    await page.goto("/?m=2021-07");
    await expect(page.locator(".leaflet-container")).toHaveAttribute("data-shown-month", "2021-07");
    const targets = page.locator(
      "button:not(.badge):visible, [role=slider]:visible, select:visible, .leaflet-control-zoom a:visible, .site-nav a:visible",
    );
    const count = await targets.count();
    expect(count).toBeGreaterThan(6);
    for (let i = 0; i < count; i += 1) {
      const box = await targets.nth(i).boundingBox();
      const name = await targets.nth(i).evaluate((e) => e.outerHTML.slice(0, 80));
      expect(box?.height ?? 0, name).toBeGreaterThanOrEqual(44);
      if (!(await targets.nth(i).evaluate((e) => e.matches("[role=slider], .site-nav a"))))
        expect(box?.width ?? 0, name).toBeGreaterThanOrEqual(44);
    }
  });

  test("a chosen country opens the sheet halfway on its card; the map stays in view", async ({
    page,
  }) => {
    await page.goto("/?m=2021-07&c=KZ");
    const card = page.getByRole("region", { name: "Kazakhstan" });
    await expect(card).toBeInViewport();
    const sheet = await page.getByRole("complementary", { name: "Data panel" }).boundingBox();
    const map = await page.locator(".leaflet-container").boundingBox();
    if (!sheet || !map) throw new Error("no sheet or map");
    expect(sheet.y - map.y).toBeGreaterThan(250);
  });

  test("while the slider is dragged, the Global South figure follows the dragged month", async ({
    page,
  }) => {
    await page.goto("/?m=2021-07");
    await expect(page.locator(".leaflet-container")).toHaveAttribute("data-shown-month", "2021-07");
    const track = await page.locator(".slider .track").boundingBox();
    if (!track) throw new Error("no slider track");
    const y = track.y + track.height / 2;
    await page.mouse.move(track.x + track.width * 0.9, y);
    await page.mouse.down();
    const pairs: [string, string][] = [];
    // One uninterrupted drag (each move well inside the page's pause), read after every move.
    for (let i = 0; i < 12; i += 1) {
      await page.mouse.move(track.x + track.width * (0.88 - i * 0.05), y);
      pairs.push(
        await page.evaluate(() => [
          document.querySelector(".timeline-label strong")?.textContent ?? "",
          document.querySelector(".stat .stat-context")?.textContent ?? "",
        ]),
      );
    }
    await page.mouse.up();
    expect(new Set(pairs.map(([label]) => label)).size).toBeGreaterThan(5);
    for (const [label, context] of pairs) expect(context.startsWith(label), label).toBe(true);
  });

  test("a layer switched in the open sheet leaves the map in view, so its effect shows", async ({
    page,
  }) => {
    await page.goto("/?m=2025-06");
    const map = page.locator(".leaflet-container");
    await expect(map).toHaveAttribute("data-sites-shown", /^[1-9]/);
    const sheet = page.getByRole("complementary", { name: "Data panel" });
    await sheet.getByRole("button", { name: "Show details" }).click();
    const sites = sheet.getByRole("checkbox", { name: "Mining sites" });
    await sites.scrollIntoViewIfNeeded();
    await sites.uncheck();
    await expect(map.locator("path.site-marker")).toHaveCount(0);
    await expect(sites).toBeInViewport();
    // The sheet has dropped: a good part of the map is above it, uncovered.
    await expect
      .poll(async () => {
        const top = (await sheet.boundingBox())?.y ?? 0;
        const mapTop = (await map.boundingBox())?.y ?? 0;
        return top - mapTop;
      })
      .toBeGreaterThan(200);
    await sites.check();
    await expect(map.locator("path.site-marker").first()).toBeVisible();
  });

  test("a country page's tables fit or say that they scroll, and scroll to the Figure column", async ({
    page,
  }) => {
    await page.goto("/country/PY");
    const boxes = page.locator(".table-scroll");
    const count = await boxes.count();
    expect(count).toBeGreaterThan(0);
    for (let i = 0; i < count; i += 1) {
      const box = boxes.nth(i);
      const wider = await box.evaluate((e) => e.scrollWidth > e.clientWidth + 1);
      await expect(box).toHaveAttribute("data-wider", String(wider));
      if (!wider) continue;
      await expect(box).toHaveAccessibleName(/scrolls sideways/);
      const hint = box.locator("xpath=preceding-sibling::p[1]");
      await expect(hint).toHaveClass("table-scroll-hint");
      await expect(hint).toBeVisible();
      await box.scrollIntoViewIfNeeded();
      await box.evaluate((e) => e.scrollTo({ left: e.scrollWidth }));
      // Scrolled to its end, the box shows the whole Figure column (within the box's own edges:
      // a tall box may be taller than the phone's screen).
      const figureShown = await box.evaluate((e) => {
        const th = [...e.querySelectorAll("th")].find((t) => t.textContent?.trim() === "Figure");
        if (!th) return null;
        const edge = e.getBoundingClientRect();
        const cell = th.getBoundingClientRect();
        return cell.left >= edge.left - 1 && cell.right <= edge.right + 1;
      });
      if (figureShown !== null) expect(figureShown).toBe(true);
    }
  });

  test("a tapped country's card stays on the screen", async ({ page }) => {
    await page.goto("/?m=2021-07&lat=48&lon=68&z=4");
    const map = page.locator(".leaflet-container");
    await expect(map).toHaveAttribute("data-shown-month", "2021-07");
    const frame = await map.boundingBox();
    if (!frame) throw new Error("no map");
    const tip = page.locator(".leaflet-tooltip.map-tooltip");
    for (const [x, y] of [
      [frame.x + frame.width - 12, frame.y + frame.height / 2],
      [frame.x + 12, frame.y + frame.height / 2],
    ] as const) {
      await page.touchscreen.tap(x, y);
      await expect(tip).toBeVisible();
      const box = await tip.boundingBox();
      expect(box?.x ?? -1).toBeGreaterThanOrEqual(0);
      expect((box?.x ?? 0) + (box?.width ?? 999)).toBeLessThanOrEqual(390);
      await page.keyboard.press("Escape");
    }
  });

  test("sharing uses the phone's share sheet where there is one", async ({ page }) => {
    await page.addInitScript(() => {
      const shared: unknown[] = [];
      Object.assign(window, { __shared: shared });
      Object.defineProperty(navigator, "share", {
        value: async (data: unknown) => {
          shared.push(data);
        },
      });
    });
    await page.goto("/?m=2021-07");
    await page.getByRole("button", { name: "Show details" }).click();
    await page.getByRole("button", { name: "Share link…" }).click();
    await expect(page.getByText("Link shared")).toBeVisible();
    const shared = await page.evaluate(
      () => (window as unknown as { __shared: { url: string }[] }).__shared,
    );
    expect(shared).toHaveLength(1);
    expect(shared[0]?.url).toContain("/?m=2021-07");
  });
});

test.describe("every page fits a 360 px screen", () => {
  test.use({ ...PHONE, viewport: { width: 360, height: 740 } });

  test("no page scrolls sideways", async ({ page, request }) => {
    const created = await request.post("/api/v1/snapshots", { data: { m: "2021-07" } });
    const { url: snapshot } = await created.json();
    for (const path of [
      "/",
      "/?m=2021-07&cmp=2019-09",
      "/?m=2021-07&c=US",
      "/country/KZ",
      "/country/CN",
      "/country/ET",
      "/sources",
      "/alerts",
      "/methods",
      "/embed?m=2021-07",
      snapshot,
    ]) {
      await page.goto(path);
      await expect(page.locator("h1, .leaflet-container").first()).toBeVisible();
      const width = await page.evaluate(() => document.documentElement.scrollWidth);
      expect(width, path).toBeLessThanOrEqual(360);
    }
  });
});
