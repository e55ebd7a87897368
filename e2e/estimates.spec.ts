import { expect, shownMonth, test } from "./fixtures";

/** The estimate in the browser: on the map, with its assumptions and its arithmetic. */
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

  test("in an estimated month the data download is the estimate's CSV under the view's assumptions, never a 404", async ({
    page,
    request,
  }) => {
    await page.goto("/?m=2024-01&eff=20-30");
    await shownMonth(page, "2024-01");
    const link = page.getByRole("link", { name: "the estimated ranges and their evidence as CSV" });
    const href = (await link.getAttribute("href")) ?? "";
    expect(href).toContain("eff=20-30");
    const res = await request.get(href);
    expect(res.status()).toBe(200);
    expect(res.headers()["content-type"]).toMatch(/text\/csv/);
    const lines = (await res.text()).trim().split("\r\n");
    expect(lines.find((l) => l.startsWith("2024-01,ET,"))).toBeDefined();
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

  test("a month without a measured or reported source: the headline and the card give the estimate", async ({
    page,
  }) => {
    await page.goto("/?m=2024-01&c=ET");
    await shownMonth(page, "2024-01");
    const headline = page.locator("#gs-estimate-headline");
    await expect(page.getByLabel("Global South share")).toHaveText(/^\d+\.\d %–\d+\.\d %$/);
    await expect(headline).toContainText("Estimated from evidence, not measured");
    await expect(headline).toContainText(/\d+ member countr(y|ies) that carry evidence/);
    // The header's one-sentence summary says the same, never "no figure" above the range.
    const summary = page.locator(".summary");
    await expect(summary).toContainText(
      /Global South \d+\.\d %–\d+\.\d % of hashrate in January 2024/,
    );
    await expect(summary).toContainText("estimated from evidence");
    await expect(summary).not.toContainText("No Global South figure");
    await expect(page.locator("#gs-estimate-assumptions")).toContainText(
      "PUE 1.01–1.2; window 3 months either side",
    );
    // The country card: Ethiopia's range and its strongest line, worked through.
    const card = page.locator("#card-estimate");
    await expect(card).toContainText("0.22 %–1.1 %");
    await expect(card).toContainText("796.28 GWh ÷ 8,784 h = 90.65 MW");
    // December 2023 is estimated too: the change is an interval, never one number.
    await expect(page.locator("#card-estimate-change")).toHaveText(
      /^between [−+]?[\d.]+ pp and [−+]?[\d.]+ pp$/,
    );
    const top = page.locator("#estimate-top");
    await expect(top.getByRole("row", { name: /Ethiopia/ })).toContainText("0.22 %–1.1 %");
    await expect(top.getByRole("row", { name: /Ethiopia/ })).toContainText(
      /between .+ pp and .+ pp/,
    );
    // The trend chart draws the estimated months as their own band, in its legend.
    await expect(page.locator("#gs-chart-estimated-key")).toBeVisible();
    expect(await page.locator(".gs-chart .band-estimated").count()).toBeGreaterThan(0);
    // Changing an assumption changes the headline's range and its assumptions line.
    const before = await page.getByLabel("Global South share").textContent();
    await page.getByLabel("Efficiency (J/TH band, or cbeci / central25)").fill("20-30");
    await expect(card).toContainText("0.48 %–0.86 %");
    await expect(page.locator("#gs-estimate-assumptions")).toContainText("efficiency 20–30 J/TH");
    await expect(page.getByLabel("Global South share")).not.toHaveText(before ?? "");
  });

  test("a reported month shows its source; the estimate is one switch away, in the URL", async ({
    page,
  }) => {
    await page.goto("/?m=2023-11");
    await shownMonth(page, "2023-11");
    await expect(page.locator("#gs-estimate-headline")).toHaveCount(0);
    const share = page.getByLabel("Global South share");
    const reported = await share.textContent();
    await page
      .getByRole("checkbox", { name: /Show the estimate instead of the reported shares/ })
      .check();
    await expect(page).toHaveURL(/est=1/);
    await expect(page.locator("#gs-estimate-headline")).toBeVisible();
    await expect(share).not.toHaveText(reported ?? "");
    await page
      .getByRole("checkbox", { name: /Show the estimate instead of the reported shares/ })
      .uncheck();
    await expect(page).not.toHaveURL(/est=1/);
    await expect(share).toHaveText(reported ?? "");
  });

  test("comparing two estimated months states each change as an interval", async ({ page }) => {
    await page.goto("/?m=2024-01&cmp=2023-12");
    const cmp = page.locator("#estimate-compare");
    await expect(cmp).toContainText("December 2023 → January 2024");
    await expect(page.locator("#estimate-compare-gs")).toContainText(
      /change between [−+]?[\d.]+ pp and [−+]?[\d.]+ pp/,
    );
    await expect(cmp.getByRole("row", { name: /Ethiopia/ })).toContainText(
      /between .+ pp and .+ pp/,
    );
    // June 2023 is before Ethiopia's energy figure: no estimate there, so no change, said so.
    await page.goto("/?m=2024-01&cmp=2023-06");
    await expect(cmp.getByRole("row", { name: /Ethiopia/ })).toContainText(
      "no estimate in June 2023",
    );
  });

  test("a snapshot of an estimate-only month keeps the assumptions and the figures", async ({
    page,
  }) => {
    await page.goto("/?m=2024-01&c=ET&eff=20-30");
    await expect(page.locator("#card-estimate")).toContainText("0.48 %–0.86 %");
    const live = await page.getByLabel("Global South share").textContent();
    const liveWhy = await page.locator("#gs-estimate-headline .stat-why").textContent();
    const liveAssumptions = await page.locator("#gs-estimate-assumptions").textContent();
    await page.getByRole("button", { name: "Share snapshot" }).click();
    const link = page.getByRole("link", { name: /\/s\// });
    await expect(link).toBeVisible();
    await page.goto((await link.getAttribute("href")) ?? "");
    await expect(page.getByRole("note")).toContainText("These numbers will not change");
    await expect(page.getByLabel("Global South share")).toHaveText(live ?? "");
    await expect(page.locator("#gs-estimate-headline .stat-why")).toHaveText(liveWhy ?? "");
    await expect(page.locator("#gs-estimate-assumptions")).toHaveText(liveAssumptions ?? "");
    const ethiopia = page.locator("#frozen-estimate-countries tr[data-iso=ET]");
    await expect(ethiopia).toContainText("0.48 %–0.86 %");
    await expect(ethiopia).toContainText("796.28 GWh ÷ 8,784 h = 90.65 MW");
    await expect(page.getByRole("link", { name: "See the live view" })).toHaveAttribute(
      "href",
      /eff=20-30/,
    );
  });
});
