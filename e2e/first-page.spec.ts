import { expect, test } from "@playwright/test";

test.describe("the first page", () => {
  test("shows the real CBECI share for a month and the Global South share", async ({ page }) => {
    const errors: string[] = [];
    page.on("console", (msg) => msg.type() === "error" && errors.push(msg.text()));
    await page.goto("/?m=2019-09");
    const china = page.getByRole("row", { name: /Mainland China/ });
    await expect(china.getByRole("cell").first()).toHaveText("75.5 %");
    await expect(page.getByLabel("Global South share")).toHaveText("81.9–89.0 %");
    await expect(page.getByRole("row", { name: /^Other/ })).toContainText(/unallocated/i);
    await expect(page.getByText(/Cambridge Centre for Alternative Finance/).first()).toBeVisible();
    await expect(page.locator(".leaflet-container")).toHaveAttribute("data-shown-month", "2019-09");
    expect(errors).toEqual([]);
  });

  test("fetches and checks the API's answers in a worker, off the page's main thread", async ({
    page,
  }) => {
    const errors: string[] = [];
    page.on("console", (msg) => msg.type() === "error" && errors.push(msg.text()));
    await page.goto("/?m=2025-07");
    // Site facts are not in the server's first answer: their markers come through the worker.
    await expect(page.locator("path.site-marker").first()).toBeAttached();
    expect(page.workers().length).toBe(1);
    // A slider step to a month not yet fetched goes through it too.
    await page.getByRole("slider", { name: "Month" }).press("ArrowLeft");
    await expect(page.locator(".leaflet-container")).toHaveAttribute("data-shown-month", "2025-06");
    expect(errors).toEqual([]);
  });

  test("changes month and definition with the slider and selector and keeps them in the URL", async ({
    page,
  }) => {
    await page.goto("/?m=2021-06");
    await page.getByRole("slider", { name: "Month" }).press("ArrowRight");
    await page.getByLabel("Global South definition").selectOption("unctad-ex-china");
    await expect(page).toHaveURL(/m=2021-07/);
    await expect(page).toHaveURL(/gs=unctad-ex-china/);
    await expect(page.getByLabel("Global South share")).toHaveText("23.0–42.2 %");
    await expect(
      page
        .getByRole("row", { name: /Mainland China/ })
        .getByRole("cell")
        .first(),
    ).toHaveText("0 %");
  });

  test("falls back to the latest month with a dismissable notice for bad parameters", async ({
    page,
  }) => {
    await page.goto("/?m=2019-13&gs=nope");
    const notice = page.getByRole("alert").filter({ hasText: "is not a month" });
    await expect(notice).toContainText('"2019-13" is not a month');
    await expect(notice).toContainText('Unknown Global South definition "nope"');
    await expect(page.getByLabel("Global South share")).toBeVisible();
    await notice.getByRole("button", { name: "Dismiss" }).click();
    await expect(notice).toHaveCount(0);
  });
});

test.describe("the JSON API over HTTP", () => {
  test("serves shares, months, Global South and nodes", async ({ request }) => {
    const shares = await (await request.get("/api/v1/shares?month=2019-09")).json();
    expect(shares.rows.find((r: { country: string | null }) => r.country === "CN").share).toBe(
      0.7553,
    );
    const months = await (await request.get("/api/v1/months")).json();
    expect(months.months[0]).toBe("2019-09");
    const health = await request.get("/api/health");
    expect(health.status()).toBe(200);
    expect((await health.json()).db.ok).toBe(true);
    const bad = await request.get("/api/v1/shares?month=abc");
    expect(bad.status()).toBe(400);
    expect((await bad.json()).error.code).toBe("invalid_parameter");
    const nodes = await (await request.get("/api/v1/nodes?month=2022-05&detail=locations")).json();
    expect(nodes.locations.length).toBeGreaterThan(0);
  });

  test("sends security headers and refuses framing", async ({ request }) => {
    const res = await request.get("/");
    expect(res.headers()["content-security-policy"]).toContain("frame-ancestors 'none'");
    expect(res.headers()["x-frame-options"]).toBe("DENY");
    expect(res.headers()["x-content-type-options"]).toBe("nosniff");
  });
});
