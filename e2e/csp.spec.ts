import { expect, test } from "./fixtures";

/**
 * A CSP whose script-src has no 'unsafe-inline', and every kind of page working under it. The
 * fixture fails a test on any securitypolicyviolation; each case also proves the page's scripts ran
 * (hydration, a client-side control that answers).
 */

const scriptSrc = (csp: string | null | undefined) =>
  (csp ?? "")
    .split(";")
    .map((d) => d.trim())
    .find((d) => d.startsWith("script-src")) ?? "";

test.describe("Content Security Policy", () => {
  test("the map: nonce-based script-src, no 'unsafe-inline', and the page is interactive", async ({
    page,
  }) => {
    const response = await page.goto("/?m=2021-07");
    const csp = response?.headers()["content-security-policy"] ?? null;
    expect(scriptSrc(csp)).toMatch(/^script-src 'self' 'nonce-[A-Za-z0-9+/=]{16,}'$/);
    expect(scriptSrc(csp)).not.toContain("unsafe-inline");
    const slider = page.getByRole("slider").first();
    await slider.focus();
    await page.keyboard.press("ArrowRight");
    await expect(page).toHaveURL(/m=2021-08/);
  });

  test("each response gets its own nonce", async ({ request }) => {
    const a = (await request.get("/")).headers()["content-security-policy"];
    const b = (await request.get("/")).headers()["content-security-policy"];
    expect(scriptSrc(a)).not.toBe(scriptSrc(b));
  });

  test("the embed works under it and may be framed", async ({ page }) => {
    const response = await page.goto("/embed?m=2021-07&gs=g77");
    expect(response?.headers()["content-security-policy"]).toContain("frame-ancestors *");
    await expect(page.locator(".leaflet-container").first()).toBeVisible();
    await page.getByRole("slider").first().focus();
    await page.keyboard.press("ArrowLeft");
    await expect(page).toHaveURL(/m=2021-06/);
  });

  test("a snapshot page, a country page, the sources and the alerts render without a violation", async ({
    page,
    request,
  }) => {
    const created = await request.post("/api/v1/snapshots", { data: { m: "2021-07" } });
    const { url } = (await created.json()) as { url: string };
    for (const [path, heading] of [
      [url, /Hashrate Atlas — July 2021/],
      ["/country/CN", /China/],
      ["/sources", /Data sources/],
      ["/alerts", /Shift alerts/],
    ] as const) {
      const response = await page.goto(path);
      expect(scriptSrc(response?.headers()["content-security-policy"] ?? null)).toMatch(/'nonce-/);
      await expect(page.getByRole("heading", { level: 1, name: heading })).toBeVisible();
      // Hydrated: React attached itself to the page (Next's client runtime ran).
      await expect
        .poll(() => page.evaluate(() => Boolean((window as { next?: unknown }).next)))
        .toBe(true);
    }
  });

  test("404s carry the headers too and are never cached for good", async ({ request }) => {
    for (const path of ["/s/not-an-id", "/embed/nothing-here", "/no-such-page"]) {
      const response = await request.get(path);
      expect(response.status()).toBe(404);
      const h = response.headers();
      expect(h["cache-control"]).not.toContain("immutable");
      expect(scriptSrc(h["content-security-policy"] ?? null)).toMatch(/^script-src 'self'/);
      expect(h["content-security-policy"]).toContain("frame-ancestors 'none'");
      expect(h["x-frame-options"]).toBe("DENY");
      expect(h["x-content-type-options"]).toBe("nosniff");
    }
  });
});
