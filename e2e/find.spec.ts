import { expect, test } from "./fixtures";

test.describe("finding a country and the method", () => {
  test("typing in the country search and pressing Enter opens the country", async ({ page }) => {
    await page.goto("/?m=2021-07");
    const search = page.getByRole("combobox", { name: "Find a country" });
    await search.fill("Eth");
    await expect(page.getByRole("option", { name: "Ethiopia" })).toBeVisible();
    await search.press("Enter");
    const card = page.getByRole("region", { name: "Ethiopia", exact: true });
    await expect(card).toBeVisible();
    await expect(page).toHaveURL(/c=ET/);

    await search.fill("Ethiopia");
    await search.press("Enter");
    await expect(card).toBeVisible();
  });

  test("the arrows choose among the matches; Escape closes the list, not the card", async ({
    page,
  }) => {
    await page.goto("/?m=2019-09&c=CN");
    const search = page.getByRole("combobox", { name: "Find a country" });
    await search.fill("ka");
    await expect(page.getByRole("option").first()).toBeVisible();
    await search.press("ArrowDown");
    const first = page.getByRole("option").first();
    await expect(first).toHaveAttribute("aria-selected", "true");
    await expect(search).toHaveAttribute(
      "aria-activedescendant",
      (await first.getAttribute("id")) ?? "",
    );
    await search.press("Escape");
    await expect(page.getByRole("listbox")).toBeHidden();
    await expect(page.getByRole("region", { name: "China", exact: true })).toBeVisible();
  });

  test("a country page has the search too, and keeps the map view it came from", async ({
    page,
  }) => {
    await page.goto("/?m=2021-07&cmp=2019-09&gs=g77&c=KZ");
    const card = page.getByRole("region", { name: "Kazakhstan", exact: true });
    await expect(card).toBeVisible();
    await expect(page).toHaveURL(/gs=g77/);
    await card.getByRole("link", { name: /Full history/ }).click();
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Kazakhstan");
    const search = page.getByRole("combobox", { name: "Find a country" });
    await search.fill("Paragu");
    await search.press("Enter");
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Paraguay");
    await page.getByRole("link", { name: "← Back to the map" }).click();
    await expect(page).toHaveURL(/m=2021-07/);
    await expect(page).toHaveURL(/cmp=2019-09/);
    await expect(page).toHaveURL(/gs=g77/);
    await expect(page).toHaveURL(/c=PY/);
    await expect(page.locator(".leaflet-container")).toHaveCount(2);
  });

  test("/ links to the methods page, the sources and the alerts", async ({ page }) => {
    await page.goto("/");
    const nav = page.getByRole("navigation", { name: "Site" });
    await expect(nav.getByRole("link", { name: "Sources" })).toHaveAttribute("href", "/sources");
    await expect(nav.getByRole("link", { name: "Alerts" })).toHaveAttribute("href", "/alerts");
    await nav.getByRole("link", { name: "Methods" }).click();
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Methods");
    for (const heading of [
      "Sources and their methods",
      "Ranges and coverage",
      /What “Global South” means here/,
      "Evidence that is not a share",
      "Known mining sites",
      "Utilities' and regulators' figures",
    ])
      await expect(page.getByRole("heading", { name: heading })).toBeVisible();
    // Every definition the app offers is explained, with its source.
    const definitions = await (
      await page.request.get("/api/v1/global-south?definition=unctad")
    ).json();
    await expect(page.getByText(definitions.definition.name).first()).toBeVisible();
    await expect(page.getByRole("row", { name: /Kazakhstan/ })).toBeVisible();
  });

  test("a country no share source names says so and points to the evidence there is", async ({
    page,
  }) => {
    await page.goto("/?m=2021-07&c=ET");
    const card = page.getByRole("region", { name: "Ethiopia", exact: true });
    await expect(card).toContainText(
      "No measured or reported month gives Ethiopia a share of hashrate: it is not zero, it is not known.",
    );
    // Published claims about it exist, and the card counts them rather than saying "no source".
    await expect(card).toContainText(/\d+ published claims/);
    await expect(card).toContainText("reachable nodes");
    await expect(card.getByRole("link", { name: "methods" })).toHaveAttribute(
      "href",
      "/methods#other-evidence",
    );
    await expect(card.getByRole("img")).toHaveCount(0);
  });
});

test.describe("charts", () => {
  test("a country chart is scaled to its data with a visible 0 and tells values on focus and hover", async ({
    page,
  }) => {
    await page.goto("/country/PY");
    const chart = page.getByRole("img", { name: /Paraguay's share of hashrate/ });
    await expect(chart).toHaveAccessibleName(/0 to 5%/);
    await expect(chart.locator("text.axis", { hasText: /^0%$/ })).toHaveCount(1);
    await chart.focus();
    const said = page.locator(".share-chart [aria-live]");
    await expect(said).toContainText(/\d{4}: [\d.]+ ?% \(reported/);
    await page.keyboard.press("Home");
    const first = await said.textContent();
    await page.keyboard.press("End");
    await expect(said).not.toHaveText(first ?? "");
    await chart.blur();
    const box = await chart.boundingBox();
    if (!box) throw new Error("no chart");
    await page.mouse.move(box.x + box.width * 0.85, box.y + box.height / 2);
    await expect(chart.locator(".chart-tip")).toContainText(/%/);
  });

  test("the month marker is drawn under the data, never over it", async ({ page }) => {
    await page.goto("/?m=2021-07&c=KZ");
    const chart = page.getByRole("region", { name: "Kazakhstan", exact: true }).getByRole("img");
    const order = await chart.evaluate((svg) =>
      [...svg.children].map((c) => c.getAttribute("class") ?? c.tagName),
    );
    expect(order.indexOf("mark")).toBeLessThan(order.findIndex((c) => c.startsWith("dot")));
  });
});
