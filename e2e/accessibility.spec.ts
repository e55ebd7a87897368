import AxeBuilder from "@axe-core/playwright";
import { expect, test } from "./fixtures";

/** WCAG 2.0, 2.1 and 2.2 at levels A and AA. */
const TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"];

test.describe("no WCAG 2.2 AA violation (axe-core)", () => {
  for (const path of [
    "/?m=2021-07",
    "/?m=2021-07&cmp=2019-09",
    "/?m=2019-09&c=CN",
    "/country/CN",
    "/country/ET",
    "/sources",
    "/alerts",
    "/methods",
  ])
    test(path, async ({ page }) => {
      await page.goto(path);
      await expect(page.locator("h1").first()).toBeVisible();
      if (path.startsWith("/?"))
        await expect(page.locator(".leaflet-container").first()).toHaveAttribute(
          "data-shown-month",
          /\d{4}-\d{2}/,
        );
      const results = await new AxeBuilder({ page }).withTags(TAGS).analyze();
      const found = results.violations.map(
        (v) => `${v.id}: ${v.help} — ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`,
      );
      expect(found).toEqual([]);
    });
});
