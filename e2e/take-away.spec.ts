import { readFileSync } from "node:fs";
import { expect, test } from "./fixtures";

test.describe("taking the view away", () => {
  test("the view downloads as a PNG with map, legend and stamp", async ({ page }) => {
    await page.goto("/?m=2021-07");
    const download = page.waitForEvent("download");
    await page.getByRole("button", { name: "Image (PNG)" }).click();
    const file = await download;
    expect(file.suggestedFilename()).toBe("hashrate-atlas_2021-07_unctad.png");
    const bytes = readFileSync((await file.path()) ?? "");
    expect(bytes.subarray(1, 4).toString()).toBe("PNG");
    // 960×540, from the PNG header.
    expect(bytes.readUInt32BE(16)).toBe(960);
    expect(bytes.readUInt32BE(20)).toBe(540);
    await expect(page.getByText("Downloaded hashrate-atlas_2021-07_unctad.png")).toBeVisible();
  });

  test("the view downloads as an SVG whose text carries the source, method and range", async ({
    page,
  }) => {
    await page.goto("/?m=2021-07");
    const download = page.waitForEvent("download");
    await page.getByRole("button", { name: "Image (SVG)" }).click();
    const file = await download;
    expect(file.suggestedFilename()).toBe("hashrate-atlas_2021-07_unctad.svg");
    const svg = readFileSync((await file.path()) ?? "", "utf8");
    expect(svg).toMatch(/^<svg xmlns="http:\/\/www.w3.org\/2000\/svg"/);
    expect(svg).toContain("July 2021");
    expect(svg).toContain("Method: measured");
    expect(svg).toContain("Cambridge Centre for Alternative Finance");
    expect(svg).toContain("Share of global hashrate (%)");
    const gs = await (await page.request.get("/api/v1/global-south?definition=unctad")).json();
    const july = gs.series.find((p: { month: string }) => p.month === "2021-07");
    const low = (Math.round(july.low * 1000) / 10).toFixed(1);
    expect(svg).toContain(low);
    expect((svg.match(/<path /g) ?? []).length).toBeGreaterThan(170);
  });

  test("Cite this gives title, address, data date and sources", async ({ page }) => {
    await page.goto("/?m=2021-07");
    await page.getByText("Cite this").click();
    const cite = page.locator(".cite-text");
    await expect(cite).toContainText("Bitcoin hashrate by country, July 2021");
    await expect(cite).toContainText("/?m=2021-07");
    await expect(cite).toContainText("CBECI");
    await expect(cite).toContainText("licence: CC BY-NC-SA 4.0");
    await expect(cite).toContainText("Accessed ");
  });

  test("copying the headline figure copies its range and source too", async ({ page }) => {
    await page.goto("/?m=2021-07");
    const value = page.getByLabel("Global South share");
    await expect(value).toBeVisible();
    const copied = await value.evaluate((el) => {
      const range = document.createRange();
      range.selectNodeContents(el);
      const selection = window.getSelection();
      selection?.removeAllRanges();
      selection?.addRange(range);
      const data = new DataTransfer();
      el.dispatchEvent(
        new ClipboardEvent("copy", { clipboardData: data, bubbles: true, cancelable: true }),
      );
      return data.getData("text/plain");
    });
    expect(copied).toContain(await value.textContent());
    expect(copied).toContain("Global South share of Bitcoin hashrate, July 2021");
    expect(copied).toMatch(/\d+\.\d–\d+\.\d %/);
    expect(copied).toMatch(/source: [^)]*CBECI/);
    expect(copied).toContain("/?m=2021-07");
  });

  test("badges explain themselves on hover and on focus", async ({ page }) => {
    await page.goto("/?m=2021-07");
    const badge = page.locator(".timeline-label").getByRole("button", { name: "measured" });
    await expect(badge).toHaveAccessibleDescription(/Measured: CCAF.s extrapolation/);
    const note = page.locator(".timeline-label [role=tooltip]");
    await expect(note).toBeHidden();
    await badge.focus();
    await expect(note).toBeVisible();
    await page.keyboard.press("Escape");
    await expect(note).toBeHidden();
    await page.getByRole("button", { name: "GS" }).first().hover();
    await expect(
      page.getByText("GS: in the selected Global South definition.").first(),
    ).toBeVisible();
  });

  test("source lines read as sentences", async ({ page }) => {
    await page.goto("/?m=2025-06");
    const sources = page.getByRole("region", { name: "Sources for this view" });
    await expect(sources).toContainText("Licence: ");
    await expect(sources).not.toContainText(/Licence [A-Z]/);
    await expect(sources).toContainText("published by");
  });
});

test.describe("an embed at 800×520", () => {
  test.use({ viewport: { width: 800, height: 520 } });

  test("lays the legend out under the map, hiding none of it, with the timeline in view", async ({
    page,
  }) => {
    await page.goto("/embed?m=2021-07");
    const map = await page.locator(".leaflet-container").boundingBox();
    const legend = await page.getByRole("region", { name: "Map legend" }).boundingBox();
    if (!map || !legend) throw new Error("no map or legend");
    expect(legend.y).toBeGreaterThanOrEqual(map.y + map.height - 1);
    await expect(page.getByRole("slider", { name: "Month" })).toBeInViewport({ ratio: 1 });
  });
});

test.describe("the CSV is the view, and the view says what it shows", () => {
  test("the month's CSV has the table's rows, the unnamed one included, and its Global South column", async ({
    page,
    request,
  }) => {
    await page.goto("/?m=2025-06");
    const table = page.getByRole("table", {
      name: /Estimated share of Bitcoin hashrate by country/,
    });
    const onScreen = await table.locator("tbody tr").count();
    const notNamed = table.getByRole("row", { name: /^Not named by the source/ });
    await expect(notNamed).toContainText("20.4 %");
    const href =
      (await page.getByRole("link", { name: "the table as CSV" }).getAttribute("href")) ?? "";
    const lines = (await (await request.get(href)).text()).trim().split("\r\n");
    expect(lines).toHaveLength(onScreen + 1);
    expect(lines[0]).toContain("global_south,global_south_definition");
    const row = lines.find((l) => l.includes("Not named by the source")) ?? "";
    expect(Math.round(Number(row.split(",")[4]) * 1000) / 10).toBe(20.4);
    expect(row).toContain(",unknown,unctad,");
  });

  test("a month out of range says so and names the month shown instead", async ({
    page,
    request,
  }) => {
    const latest = (await (await request.get("/api/v1/months")).json()).latest as string;
    const [y, m] = latest.split("-").map(Number);
    const name = new Date(Date.UTC(y ?? 0, (m ?? 1) - 1, 1)).toLocaleString("en-GB", {
      month: "long",
      year: "numeric",
      timeZone: "UTC",
    });
    await page.goto("/?m=2030-01");
    const notice = page.getByRole("alert").filter({ hasText: "out of range" });
    await expect(notice).toContainText("January 2030 (2030-01) is out of range");
    await expect(notice).toContainText(`Showing the newest month with data instead: ${name}.`);
  });

  test("top countries never show a column of bare dashes: the panel says why there is no change", async ({
    page,
  }) => {
    await page.goto("/?m=2023-11");
    const section = page.getByRole("region", {
      name: /Top countries, change since the previous month/,
    });
    await expect(section).toContainText(
      "No change is shown: no source covers October 2023, the month before",
    );
    await expect(section.locator(".change")).toHaveCount(0);
    await expect(section).not.toContainText("—");
  });
});
