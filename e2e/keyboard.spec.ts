import { expect, test } from "./fixtures";

test.describe("the atlas by keyboard", () => {
  test("the slider is reached from the top within 15 Tab presses, header → map → timeline", async ({
    page,
  }) => {
    await page.goto("/?m=2019-09");
    await expect(page.locator(".leaflet-container")).toHaveAttribute("data-shown-month", "2019-09");
    const seen: string[] = [];
    for (let i = 0; i < 15; i += 1) {
      await page.keyboard.press("Tab");
      seen.push(
        await page.evaluate(() => {
          const e = document.activeElement;
          if (e?.getAttribute("role") === "slider") return "slider";
          if (e?.classList.contains("leaflet-container")) return "map";
          return e?.closest("header") ? "header" : (e?.tagName ?? "");
        }),
      );
      if (seen.at(-1) === "slider") break;
    }
    expect(seen.at(-1)).toBe("slider");
    // The map is one tab stop: no country shape is ever focused on the way.
    expect(seen.filter((s) => s === "map")).toHaveLength(1);
    expect(seen.indexOf("map")).toBeGreaterThan(seen.lastIndexOf("header"));
    expect(seen).not.toContain("path");
  });

  for (const [label, path] of [
    ["the default month", "/"],
    ["July 2025, with many known sites", "/?m=2025-07"],
  ] as const)
    test(`in ${label} the slider is within 15 Tabs and all sites are one named stop`, async ({
      page,
    }) => {
      await page.goto(path);
      const map = page.locator(".leaflet-container");
      await expect(map).toHaveAttribute("data-sites-shown", /^[1-9]\d*$/);
      const seen: string[] = [];
      for (let i = 0; i < 15; i += 1) {
        await page.keyboard.press("Tab");
        seen.push(
          await page.evaluate(() => {
            const e = document.activeElement;
            if (e?.getAttribute("role") === "slider") return "slider";
            if (e?.id === "site-keys") return "sites";
            return e?.tagName ?? "";
          }),
        );
        if (seen.at(-1) === "slider") break;
      }
      expect(seen.at(-1)).toBe("slider");
      expect(seen.filter((s) => s === "sites")).toHaveLength(1);
      expect(seen).not.toContain("path");
      // Within the stop the arrows walk the sites, each read out by its name, its card open.
      const sites = page.getByRole("listbox", { name: /Known mining sites on the map, \d+/ });
      await sites.focus();
      await page.keyboard.press("ArrowRight");
      const first = await sites.getAttribute("aria-activedescendant");
      expect(first).toBeTruthy();
      const option = page.locator(`[id="${first}"]`);
      await expect(option).toHaveAttribute("aria-selected", "true");
      await expect(option).toHaveText(/.+: .+ — /);
      await expect(page.locator(".map-tooltip")).toBeVisible();
      await page.keyboard.press("ArrowRight");
      expect(await sites.getAttribute("aria-activedescendant")).not.toBe(first);
    });

  test("from a search result, Full history for the country is a few Tabs away", async ({
    page,
  }) => {
    await page.goto("/?m=2025-07");
    const search = page.getByRole("combobox", { name: "Find a country" });
    await search.fill("Paraguay");
    await search.press("Enter");
    await expect(page.getByRole("heading", { name: "Paraguay", level: 2 })).toBeFocused();
    let reached = false;
    for (let i = 0; i < 8 && !reached; i += 1) {
      await page.keyboard.press("Tab");
      reached = await page.evaluate(
        () => document.activeElement?.textContent?.startsWith("Full history for Paraguay") ?? false,
      );
    }
    expect(reached).toBe(true);
  });

  test("the skip link goes straight to the timeline", async ({ page }) => {
    await page.goto("/?m=2020-01");
    await page.keyboard.press("Tab");
    const skip = page.getByRole("link", { name: "Skip to the timeline" });
    await expect(skip).toBeFocused();
    await expect(skip).toBeInViewport();
    await page.keyboard.press("Enter");
    const slider = page.getByRole("slider", { name: "Month" });
    await expect(slider).toBeFocused();
    await page.keyboard.press("ArrowRight");
    await expect(slider).toHaveAttribute("aria-valuetext", "February 2020");
    await expect(page).not.toHaveURL(/#/);
  });

  test("arrow keys move between countries on the map, Enter opens one, Escape closes it", async ({
    page,
  }) => {
    await page.goto("/?m=2019-09");
    const map = page.getByRole("application", { name: /Map of hashrate share by country/ });
    await expect(map).toHaveAttribute("data-shown-month", "2019-09");
    await map.focus();
    await page.keyboard.press("ArrowRight");
    const said = map.locator("[aria-live]");
    await expect(said).toContainText("Enter opens it");
    const first = await said.textContent();
    await page.keyboard.press("ArrowRight");
    await expect(said).not.toHaveText(first ?? "");
    const name = ((await said.textContent()) ?? "").split(".")[0] ?? "";
    await expect(page.locator(".map-tooltip").filter({ hasText: name })).toBeVisible();
    await page.keyboard.press("Enter");
    const card = page.getByRole("region", { name, exact: true });
    await expect(card).toBeVisible();
    await expect(page).toHaveURL(/[?&]c=[A-Z]{2}/);
    // First Escape leaves the country on the map, the next closes the card.
    await page.keyboard.press("Escape");
    await expect(card).toBeVisible();
    await page.keyboard.press("Escape");
    await expect(card).toHaveCount(0);
    await expect(page).not.toHaveURL(/[?&]c=/);
  });

  test("Escape closes a country card opened from the list", async ({ page }) => {
    await page.goto("/?m=2019-09");
    await page.getByRole("button", { name: "China", exact: true }).click();
    const card = page.getByRole("region", { name: "China", exact: true });
    await expect(card).toBeVisible();
    await page.keyboard.press("Escape");
    await expect(card).toHaveCount(0);
  });
});

test.describe("on a phone, by keyboard", () => {
  test.use({ viewport: { width: 390, height: 844 }, hasTouch: true, isMobile: true });

  test("Escape closes the card, then collapses the sheet", async ({ page }) => {
    await page.goto("/?m=2021-07&c=US");
    const sheet = page.getByRole("complementary", { name: "Data panel" });
    const card = sheet.getByRole("region", { name: "United States" });
    await expect(card).toBeVisible();
    await sheet.getByRole("button", { name: "Show details" }).click();
    await expect(sheet.getByRole("button", { name: "Show less" })).toHaveAttribute(
      "aria-expanded",
      "true",
    );
    await page.keyboard.press("Escape");
    await expect(card).toHaveCount(0);
    await expect(sheet.getByRole("button", { name: "Show less" })).toBeVisible();
    await page.keyboard.press("Escape");
    await expect(sheet.getByRole("button", { name: "Show details" })).toHaveAttribute(
      "aria-expanded",
      "false",
    );
  });
});
