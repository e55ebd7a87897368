import { expect, test } from "@playwright/test";

test.describe("alerts", () => {
  test("the alerts page lists the shifts in the bundled history", async ({ page }) => {
    await page.goto("/alerts");
    await expect(page.getByRole("heading", { name: "Shift alerts", level: 1 })).toBeVisible();
    await expect(
      page.getByRole("heading", { name: /China hashrate share −34\.\d pp in July 2021/ }),
    ).toBeVisible();
    await expect(page.getByRole("link", { name: "Atom feed" })).toHaveAttribute(
      "href",
      "/feed.xml",
    );
  });

  test("the Atom feed is well-formed XML with the required Atom elements", async ({
    page,
    baseURL,
  }) => {
    await page.goto("/alerts");
    const result = await page.evaluate(async (url) => {
      const text = await (await fetch(url)).text();
      const doc = new DOMParser().parseFromString(text, "application/xml");
      const ns = "http://www.w3.org/2005/Atom";
      const feed = doc.documentElement;
      const entries = [...doc.getElementsByTagNameNS(ns, "entry")];
      return {
        parseError: doc.getElementsByTagName("parsererror").length > 0,
        root: `${feed.namespaceURI} ${feed.localName}`,
        feedHas: ["id", "title", "updated", "author"].every(
          (n) => feed.getElementsByTagNameNS(ns, n).length > 0,
        ),
        entries: entries.length,
        entriesComplete: entries.every((e) =>
          ["id", "title", "updated"].every((n) => e.getElementsByTagNameNS(ns, n).length === 1),
        ),
        ids: new Set(entries.map((e) => e.getElementsByTagNameNS(ns, "id")[0]?.textContent)).size,
      };
    }, `${baseURL}/feed.xml`);
    expect(result).toMatchObject({
      parseError: false,
      root: "http://www.w3.org/2005/Atom feed",
      feedHas: true,
      entriesComplete: true,
    });
    expect(result.entries).toBeGreaterThan(3);
    expect(result.ids).toBe(result.entries);
  });
});

test.describe("alerts an operator can use", () => {
  test("/ and /alerts declare the Atom feed for autodiscovery", async ({ page }) => {
    for (const path of ["/?m=2021-07", "/alerts"]) {
      await page.goto(path);
      await expect(
        page.locator('head link[rel="alternate"][type="application/atom+xml"]'),
      ).toHaveAttribute("href", "/feed.xml");
    }
  });

  test("/alerts explains how to register a webhook with the real request", async ({ page }) => {
    await page.goto("/alerts");
    const howTo = page.getByRole("region", { name: "Receiving alerts by webhook" });
    await expect(howTo).toContainText("curl -X POST");
    await expect(howTo).toContainText("/api/v1/webhooks");
    await expect(howTo).toContainText("Authorization: Bearer $ADMIN_TOKEN");
    await expect(howTo).toContainText("X-Atlas-Signature");
    await expect(howTo).toContainText("403");
  });

  test("alerts are dated by their data's month, newest first, in words, with links", async ({
    page,
  }) => {
    await page.goto("/alerts");
    const list = page.locator("ol.alerts");
    const dates = await list.locator(".alert-date strong").allTextContents();
    expect(dates.length).toBeGreaterThan(3);
    const key = (d: string) => {
      if (d === "undated") return "";
      if (/^\d{4}$/.test(d)) return `${d}-13`;
      const t = Date.parse(`1 ${d} UTC`);
      return new Date(t).toISOString().slice(0, 7);
    };
    const keys = dates.map(key);
    expect(keys).toEqual([...keys].sort().reverse());
    await expect(list).not.toContainText(/\b(for to|for since)\b/);
    await expect(list).not.toContainText("2027-12-31 date");
    await expect(list).not.toContainText("regulator-gs");
    await expect(list.locator("a[href^='http']").first()).toBeVisible();
  });
});
