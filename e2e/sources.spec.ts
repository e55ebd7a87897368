import { expect, test } from "@playwright/test";

test.describe("the sources page", () => {
  test("lists every source with its licence and credits DB-IP for IP geolocation", async ({
    page,
  }) => {
    await page.goto("/sources");
    await expect(page.getByRole("heading", { name: "Data sources" })).toBeVisible();
    const table = page.getByRole("table", { name: "Sources, licences and freshness" });
    await expect(table.getByRole("rowheader", { name: /CCAF Bitcoin Mining Map/ })).toBeVisible();
    await expect(table.getByRole("rowheader", { name: /Hashrate Index heatmap/ })).toBeVisible();
    // The pool-server model is not a hashrate source any more.
    await expect(table.getByRole("rowheader", { name: /model/i })).toHaveCount(0);
    await expect(page.getByRole("link", { name: "IP Geolocation by DB-IP" })).toHaveAttribute(
      "href",
      "https://db-ip.com",
    );
  });
});
