import { expect, shownMonth, test } from "./fixtures";

/** Issue #22's "done when", in the browser: the estimate on the map, its assumptions, its arithmetic. */
test.describe("estimated from evidence", () => {
  test("/?m=2024-01 shows an estimated range for Ethiopia, and the slider steps through estimated months", async ({
    page,
  }) => {
    await page.goto("/?m=2024-01&c=ET");
    const slider = page.getByRole("slider", { name: "Month" });
    await expect(slider).toHaveAttribute("aria-valuetext", /January 2024/);
    await shownMonth(page, "2024-01");
    await expect(page.locator("#legend-estimated")).toContainText("a range not a point");
    const ethiopia = page.locator("#estimate-country");
    await expect(ethiopia).toContainText("Ethiopia");
    await expect(ethiopia).toContainText("0.22 %–1.1 %");
    await expect(ethiopia).toContainText("796.28 GWh ÷ 8,784 h = 90.65 MW");

    // February 2024 is estimated too (no measured or reported source): the range moves with H.
    await slider.press("ArrowRight");
    await expect(slider).toHaveAttribute("aria-valuetext", /February 2024/);
    await shownMonth(page, "2024-02");
    await expect(page).toHaveURL(/m=2024-02/);
    await expect(ethiopia).toContainText("Ethiopia");
    await expect(ethiopia).not.toContainText("0.22 %–1.1 %");
    await expect(page.locator("#legend-estimated")).toBeVisible();
    // The timeline marks the estimated stretch in its own colour.
    await expect(page.locator(".seg-estimated").first()).toBeAttached();
  });

  test("changing an assumption re-colours without a request and goes to the URL", async ({
    page,
  }) => {
    await page.goto("/?m=2024-01&c=ET");
    const ethiopia = page.locator("#estimate-country");
    await expect(ethiopia).toContainText("0.22 %–1.1 %");
    const requests: string[] = [];
    page.on("request", (r) => r.url().includes("/api/") && requests.push(r.url()));
    const eff = page.getByLabel("Efficiency (J/TH band, or cbeci / central25)");
    await eff.fill("20-30");
    // 90.65 MW ÷ (30 × 1.2) ÷ 521.3 = 0.48 %; ÷ (20 × 1.01) ÷ 521.3 = 0.86 %.
    await expect(ethiopia).toContainText("0.48 %–0.86 %");
    await expect(page).toHaveURL(/eff=20-30/);
    expect(requests.filter((u) => u.includes("/estimates"))).toEqual([]);
    await page.getByRole("button", { name: "CBECI estimate ± 25 %" }).click();
    await expect(page).toHaveURL(/eff=central25/);
    await expect(ethiopia).not.toContainText("0.48 %–0.86 %");
  });

  test("the country page works January 2024 through", async ({ page }) => {
    await page.goto("/country/ET?m=2024-01");
    const section = page.locator("#estimate");
    await expect(section.getByRole("heading", { name: /Estimated from evidence/ })).toBeVisible();
    await expect(page.locator("#estimate-month")).toContainText(
      "796.28 GWh ÷ 8,784 h = 90.65 MW; ÷ (16.0–66.0 J/TH × 1.01–1.20) = 1.14–5.61 EH/s; ÷ 521.3 EH/s = 0.22–1.08 %",
    );
    await expect(page.locator("#estimate-month h3")).toContainText("January 2024: 0.22 %–1.1 %");
    await expect(
      section.getByRole("img", { name: /estimated share of hashrate by month/ }),
    ).toBeVisible();
  });

  test("/methods explains the model and shows the validation table", async ({ page }) => {
    await page.goto("/methods");
    await expect(page.getByRole("heading", { name: /Estimated from evidence/ })).toBeVisible();
    await expect(page.locator("#validation-counts")).toContainText(
      /\d+ inside the range, \d+ outside/,
    );
    await expect(page.locator("#validation-table tbody tr").first()).toBeVisible();
  });
});
