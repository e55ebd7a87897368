import { test as base, expect, type Page } from "@playwright/test";

/** Every map test fails on any console error or uncaught exception in the page. */
export const test = base.extend<{ consoleErrors: string[] }>({
  consoleErrors: [
    async ({ page }, use) => {
      const errors: string[] = [];
      page.on("console", (m) => m.type() === "error" && errors.push(m.text()));
      page.on("pageerror", (e) => errors.push(e.message));
      await use(errors);
      expect(errors).toEqual([]);
    },
    { auto: true },
  ],
});
export { expect };

/** Waits until the choropleth has been restyled for `month`. */
export async function shownMonth(page: Page, month: string) {
  await expect(page.locator(".leaflet-container").first()).toHaveAttribute(
    "data-shown-month",
    month,
  );
}

/** The map's pixels, to tell whether a restyle changed what is drawn. */
export async function mapPixels(page: Page): Promise<Buffer> {
  await page.mouse.move(0, 0);
  return page.locator(".map-frame").first().screenshot({ animations: "disabled" });
}
