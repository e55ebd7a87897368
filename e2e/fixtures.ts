import { test as base, expect, type Page } from "@playwright/test";

/**
 * Every test using this fixture fails on any console error, uncaught exception or Content
 * Security Policy violation in the page (reported by the browser's `securitypolicyviolation`
 * event, so a blocked script counts even where the browser logs nothing).
 */
export const test = base.extend<{ consoleErrors: string[]; cspViolations: string[] }>({
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
  cspViolations: [
    async ({ page }, use) => {
      const violations: string[] = [];
      await page.exposeFunction("__atlasCspViolation", (v: string) => violations.push(v));
      await page.addInitScript(() => {
        document.addEventListener("securitypolicyviolation", (e) => {
          const report = (window as unknown as { __atlasCspViolation: (v: string) => void })
            .__atlasCspViolation;
          report(`${e.effectiveDirective} blocked ${e.blockedURI || "inline"} on ${e.documentURI}`);
        });
      });
      await use(violations);
      expect(violations).toEqual([]);
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
