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
