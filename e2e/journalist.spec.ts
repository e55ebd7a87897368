import { expect, test } from "./fixtures";

/**
 * The pages read as a journalist would quote them: every sentence that states a count or an
 * absence agrees with the table under it, and every figure says what it is (2026-12-06 release).
 */
test.describe("read as a journalist would quote it", () => {
  test("/country/KZ: the sites sentence counts the sites its table lists", async ({ page }) => {
    await page.goto("/country/KZ");
    const sentence = page.locator("#sites-sentence");
    await expect(sentence).not.toContainText("No known mining site");
    await expect(sentence).toContainText("The known-sites file holds 1 site in Kazakhstan");
    await expect(sentence).toContainText("1 site last reported over two years ago");
    const table = page.getByRole("table", { name: /Known sites in Kazakhstan/ });
    await expect(table.getByRole("row")).toHaveCount(2); // the header and Enegix Ekibastuz
    await expect(table).toContainText(
      "last reported October 2022, over two years ago: not counted",
    );
  });

  test("/country/ET: never 'no source names', and November 2023 bounded by Africa's 2.2 %", async ({
    page,
    request,
  }) => {
    await page.goto("/country/ET");
    const headline = page.locator("#country-headline");
    await expect(headline).not.toContainText("No source names");
    const history = await (await request.get("/api/v1/countries/ET")).json();
    const withFigure = history.evidence.claims.filter(
      (c: { share: number | null; hashrateEhs: number | null }) =>
        c.share !== null || c.hashrateEhs !== null,
    ).length;
    await expect(headline).toContainText(`${withFigure} published claims give a figure for it`);
    await expect(headline).toContainText(
      "In November 2023 its source puts it at no more than 2.2 %: all of Africa.",
    );
    const claims = page.getByRole("table", { name: /Figures published about Ethiopia/ });
    await expect(claims.locator("tbody tr")).toHaveCount(history.evidence.claims.length);
    // A figure over a period is dated by that period, its publication beside it.
    const eep = page
      .getByRole("table", { name: /utilities, regulators and ministries/ })
      .getByRole("row", { name: /796\.28 GWh/ });
    await expect(eep).toContainText("8 Jul 2023 – 7 Jul 2024");
    await expect(eep).toContainText("published 2024-08-28");
  });

  test("/country/PY: HIVE's Yguazú energized with its MW not stated, the plan's 200 MW apart", async ({
    page,
  }) => {
    await page.goto("/country/PY");
    await expect(page.locator("#country-headline")).toHaveText(
      "Latest named share: 3.9 % in June 2025 (reported).",
    );
    const table = page.getByRole("table", { name: /Known sites in Paraguay/ });
    const yguazu = table.getByRole("row", { name: /^HIVE Digital Technologies: Yguaz/ });
    await expect(yguazu).toContainText("energized, April 2025");
    await expect(yguazu).toContainText("MW not stated");
    await expect(yguazu).not.toContainText("200 MW");
  });

  test("/country/BT: Gedu energized from 2023; Jigmeling's 500 MW is a plan", async ({ page }) => {
    await page.goto("/country/BT");
    const table = page.getByRole("table", { name: /Known sites in Bhutan/ });
    const gedu = table.getByRole("row", { name: /Gedu/ });
    await expect(gedu).toContainText("energized, August 2023");
    await expect(gedu).toContainText("100 MW (facility capacity)");
    const jigmeling = table.getByRole("row", { name: /Jigmeling 500 MW/ });
    await expect(jigmeling).toContainText("(BT; locality centroid)");
    await expect(jigmeling).toContainText("announced, April 2024");
    await expect(jigmeling).toContainText("500 MW (planned)");
    // Its undated facts are listed as such, and placed in no month.
    await expect(page.locator(".undated-sites")).toContainText("energized, MW not stated");
    await expect(page.locator(".undated-sites")).toContainText("date not known");
  });

  test("/country/AR: Río Cuarto energized at 10 MW used for mining, not the 210 MW contract", async ({
    page,
  }) => {
    await page.goto("/country/AR");
    const rio = page
      .getByRole("table", { name: /Known sites in Argentina/ })
      .getByRole("row", { name: /R[ií]o Cuarto/ });
    await expect(rio).toContainText("energized, September 2022");
    await expect(rio).toContainText("10 MW (used for mining)");
    await expect(rio).not.toContainText("210");
  });

  test("/sources: the published estimates cover the periods they describe", async ({ page }) => {
    await page.goto("/sources");
    const row = page
      .getByRole("table", { name: "Sources, licences and freshness" })
      .getByRole("row", { name: /Published country estimates 2022–2026/ });
    await expect(row).toContainText("January 2022 – March 2026");
    await expect(row).not.toContainText("2025-10-01");
  });

  test("GET /api/v1/countries lists every country with evidence, Ethiopia and Kazakhstan among them", async ({
    request,
  }) => {
    const body = await (await request.get("/api/v1/countries")).json();
    const et = body.countries.find((c: { country: string }) => c.country === "ET");
    expect(et.claims).toBeGreaterThan(0);
    expect(et.regulatorFigures).toBeGreaterThan(0);
    expect(et.namedMonths).toBe(0);
    const kz = body.countries.find((c: { country: string }) => c.country === "KZ");
    expect(kz.sites).toBe(1);
  });
});

test.describe("pages agree with the data", () => {
  test("/methods quotes China's 2019–2020 share as the atlas's own series has it", async ({
    page,
    request,
  }) => {
    const cn = await (await request.get("/api/v1/countries/CN")).json();
    const shares = cn.series
      .filter(
        (m: { month: string; share: number | null }) =>
          m.share !== null && m.month >= "2019-01" && m.month <= "2020-12",
      )
      .map((m: { share: number }) => m.share);
    const tenth = (s: number) => (Math.round(s * 1000) / 10).toFixed(1);
    await page.goto("/methods");
    await expect(page.locator('[data-figure="china-2019-2020"]')).toHaveText(
      `${tenth(Math.min(...shares))}–${tenth(Math.max(...shares))} %`,
    );
    await expect(page.locator("body")).not.toContainText("about 65–75 %");
  });

  test("/country/PY: the claim quoting CBECI for December 2021 says what the atlas's CBECI data holds", async ({
    page,
  }) => {
    await page.goto("/country/PY");
    const claims = page.getByRole("table", { name: /Figures published about Paraguay/ });
    const row = claims.getByRole("row").filter({ hasText: "CBECI had Paraguay at 0.15%" });
    await expect(row).toContainText(
      "The CBECI data this atlas uses does not name Paraguay in December 2021",
    );
    await expect(row).toContainText("the share table says “not named”");
  });

  test("the legend and /sources agree on pool servers; one node rule in legend and sources panel", async ({
    page,
  }) => {
    await page.goto("/?m=2021-07");
    const legend = page.getByRole("region", { name: "Map legend" });
    // The legend's line is the rule's short form; its hover text is the whole rule.
    await expect(legend.locator(".node-rule")).toContainText("92 days before the month's end");
    const legendRule = (await legend.locator(".node-rule").getAttribute("title")) ?? "";
    expect(legendRule).toContain("92 days before the month's end");
    await expect(page.locator("dd.node-rule")).toHaveText(legendRule);
    const pools = await legend
      .locator(".legend-row")
      .filter({ hasText: "Pool servers" })
      .textContent();
    await page.goto("/sources");
    const status = page.getByRole("row", { name: /pool/i }).filter({ hasText: "endpoint" });
    if (pools?.includes("none of the listed endpoints located yet"))
      await expect(status.first()).toContainText("none of its");
    else await expect(status.first()).toContainText(/\d+ of its \d+ endpoints? located/);
  });

  test("lowercase country codes redirect; an unknown code is a 404 page that says so", async ({
    page,
    request,
  }) => {
    await page.goto("/country/et");
    await expect(page).toHaveURL(/\/country\/ET$/);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Ethiopia");
    // Fetched, not opened: the browser logs every 404 document as a console error.
    const missing = await request.get("/country/zz");
    expect(missing.status()).toBe(404);
    const html = await missing.text();
    expect(html).toContain("No such country");
    expect(html).toContain("/country/PY"); // in the streamed payload, rendered on load
  });

  test("/country/ET opens on its evidence; the months no source names it fold into one row", async ({
    page,
  }) => {
    await page.goto("/country/ET");
    const headings = await page.getByRole("heading", { level: 2 }).allTextContents();
    expect(headings[0]).toBe("Evidence beside the shares");
    const table = page.getByRole("table", { name: /Months with country data/ });
    const run = table.getByRole("row", { name: /^September 2019 – January 2022 \(29 months\)/ });
    await expect(run).toContainText("not named in any of them (0 up to");
    expect(await table.locator("tbody > tr").count()).toBeLessThan(10);
  });

  test("sentences a journalist can quote: regulators' metrics in words, no key fragments", async ({
    page,
  }) => {
    await page.goto("/country/ET");
    const regulator = page.getByRole("table", { name: /utilities, regulators and ministries/ });
    await expect(regulator).toContainText("Foreign-currency revenue from data mining companies");
    await expect(regulator).toContainText("EEP (Ethiopian Electric Power)");
    await expect(regulator).not.toContainText(/\b(usd|eep|fx)\b/);
  });
});
