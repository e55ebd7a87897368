import { expect, shownMonth, test } from "./fixtures";

/**
 * The network over time on a fresh, offline seed: pool concentration for every month since
 * 2020 (the bundled pool history), the /pools page, and the node layer in the months of KIT DSN's
 * per-country counts and Bitcoin Core's fixed-seed samples — each labelled as what it is — and
 * in a month with neither.
 */

test.describe("pools over time", () => {
  test("/pools marks the chosen month, with its blocks, source and basis, and links the data", async ({
    page,
  }) => {
    await page.goto("/pools?m=2024-04");
    await expect(page.getByRole("heading", { name: "April 2024" })).toBeVisible();
    const month = page.getByRole("region", { name: "April 2024" });
    await expect(month).toContainText("4,407 blocks");
    await expect(month).toContainText("pool-history");
    await expect(
      month.getByRole("img", { name: /pool concentration by month/ }),
    ).toHaveAccessibleName(/April 2024: Nakamoto coefficient 2, HHI 1,677/);
    await expect(page.getByRole("img", { name: /Shares of blocks by pool/ })).toHaveAccessibleName(
      /January 2020 to .*April 2024: Foundry USA 27\.6 ?%/,
    );
    const table = page.getByRole("table", { name: /One source and one basis per month/ });
    await expect(table.getByRole("row", { name: /January 2020/ })).toContainText("pool-history");
    await expect(table.getByRole("row", { name: /February 2026/ })).toBeVisible();
    await expect(page.getByRole("link", { name: "CSV" })).toHaveAttribute(
      "href",
      "/api/v1/pools/concentration?format=csv",
    );
    await page.getByRole("link", { name: /May 2024 →/ }).click();
    await expect(page.getByRole("heading", { name: "May 2024" })).toBeVisible();
  });

  test("/?m=2025-07 shows July's concentration, an estimate from the month's blocks", async ({
    page,
  }) => {
    await page.goto("/?m=2025-07");
    const section = page.getByRole("region", { name: "Pool concentration" });
    await expect(
      section.getByRole("img", { name: /pool concentration by month/ }),
    ).toHaveAccessibleName(/July 2025: Nakamoto coefficient 3, HHI 1,533/);
    await expect(section).toContainText("4,574 blocks");
    await expect(section).toContainText("unknown (kept apart)");
  });
});

test.describe("nodes over time", () => {
  test("/?m=2025-03: DSN's counts by country and the fixed-seed sample, each as what it is", async ({
    page,
  }) => {
    await page.goto("/?m=2025-03");
    await shownMonth(page, "2025-03");
    const legend = page.getByRole("region", { name: "Map legend" });
    await expect(legend).toContainText("Curated sample (Bitcoin Core fixed seeds), not all nodes");
    await expect(legend).toContainText(
      "peers seen by one monitor in Germany, top 10 countries by registry, clearnet",
    );
    await expect(page.locator("canvas.node-layer")).not.toHaveAttribute("data-discs", /^0?$/);
    const table = page.getByRole("region", { name: "Nodes by country" });
    await expect(table.getByRole("row", { name: /United States/ })).toContainText("4,230");
    await expect(table).toContainText("curated sample (Bitcoin Core fixed seeds), not all nodes");
    await expect(table).toContainText("are not any country's node count");
  });

  test("/?m=2023-06: no nodes, and why", async ({ page }) => {
    await page.goto("/?m=2023-06");
    await shownMonth(page, "2023-06");
    await expect(page.locator("canvas.node-layer")).toHaveAttribute("data-discs", "0");
    await expect(page.getByRole("region", { name: "Map legend" })).toContainText(
      "Nodes: no snapshot within the 92 days before this month's end (newest earlier: 18 March 2022",
    );
    await expect(page.getByRole("region", { name: "Nodes by country" })).toContainText(
      "June 2023: no per-country node counts",
    );
  });
});
