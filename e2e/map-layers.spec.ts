import { execFile } from "node:child_process";
import { promisify } from "node:util";
import type { Page } from "@playwright/test";
import { expect, test } from "./fixtures";

const run = promisify(execFile);

/** The seeded database has no located pool server offline; locate them as an online ingest would. */
test.beforeAll(async () => {
  await run("node_modules/.bin/tsx", ["e2e/setup/locate-pool-servers.ts", "var/e2e/atlas.db"], {
    timeout: 60_000,
  });
});

type Layer = "shares" | "nodes" | "pools" | "sites";

/** The month the slider shows, as YYYY-MM. */
async function sliderMonth(page: Page): Promise<string> {
  const text = await page.getByRole("slider", { name: "Month" }).getAttribute("aria-valuetext");
  return new Date(`1 ${text} UTC`).toISOString().slice(0, 7);
}

/** Asserts that a layer draws the slider's month, as the API describes that month. */
async function expectLayerShowsSlider(page: Page, layer: Layer) {
  const month = await sliderMonth(page);
  const map = page.locator(".leaflet-container").first();
  if (layer === "shares") {
    await expect(map).toHaveAttribute("data-shown-month", month);
  } else if (layer === "nodes") {
    const api = await (await page.request.get(`/api/v1/nodes?month=${month}`)).json();
    await expect(map).toHaveAttribute("data-nodes-month", month);
    // The month's census snapshot, else its curated sample (drawn and labelled as one), else none.
    const drawn = api.snapshot ?? api.sample;
    await expect(map).toHaveAttribute("data-nodes-snapshot", drawn?.timestamp ?? "none");
    const discs = page.locator("canvas.node-layer");
    if (drawn) await expect(discs).not.toHaveAttribute("data-discs", "0");
    else await expect(discs).toHaveAttribute("data-discs", "0");
  } else if (layer === "sites") {
    const api = await (await page.request.get(`/api/v1/sites?month=${month}`)).json();
    const countries = [...new Set(api.sites.map((s: { country: string }) => s.country))].sort();
    await expect(map).toHaveAttribute("data-sites-month", month);
    await expect(map).toHaveAttribute("data-sites-shown", String(api.sites.length));
    await expect(map).toHaveAttribute("data-sites-countries", countries.join(","));
    await expect(map.locator(".leaflet-points-pane path.site-marker")).toHaveCount(
      api.sites.length,
    );
  } else {
    const api = await (await page.request.get(`/api/v1/pools?month=${month}`)).json();
    const sized = api.servers.filter((s: { pool: string }) =>
      api.pools.some((p: { slug: string }) => p.slug === s.pool),
    ).length;
    expect(api.servers.length).toBeGreaterThan(0);
    await expect(map).toHaveAttribute("data-pools-month", month);
    await expect(map).toHaveAttribute("data-pools-sized", String(sized));
  }
}

/** For each layer: a month where it draws something, and the months each kind of step reaches. */
const START: Record<Layer, { month: string; before: string; after: string }> = {
  // Node snapshot of 18 March 2022 → September 2019, before any snapshot (no disc).
  nodes: { month: "2022-03", before: "2022-02", after: "2022-03" },
  // The seed's week of blocks (April 2025) → months without pool data.
  pools: { month: "2025-04", before: "2025-03", after: "2025-04" },
  shares: { month: "2021-06", before: "2021-05", after: "2021-06" },
  // Known sites disclosed by April 2025 → September 2019, before the first dated fact (none).
  sites: { month: "2025-04", before: "2021-02", after: "2021-04" },
};

const STEPS: Record<string, (page: Page, layer: Layer) => Promise<void>> = {
  "keys (Home, End)": async (page, layer) => {
    await page.goto(`/?m=${START[layer].month}`);
    const slider = page.getByRole("slider", { name: "Month" });
    await slider.press("Home");
    await expect(slider).toHaveAttribute("aria-valuetext", "September 2019");
    await expectLayerShowsSlider(page, layer);
    await slider.press("End");
    await expectLayerShowsSlider(page, layer);
  },
  drag: async (page, layer) => {
    await page.goto(`/?m=${START[layer].month}`);
    // No scrolling first: the slider is on the first screen in every month.
    const thumb = await page.locator(".slider .thumb").boundingBox();
    const track = await page.locator(".slider .track").boundingBox();
    if (!thumb || !track) throw new Error("no slider on the page");
    await page.mouse.move(thumb.x + thumb.width / 2, thumb.y + thumb.height / 2);
    await page.mouse.down();
    await page.mouse.move(track.x + track.width / 3, thumb.y, { steps: 8 });
    await page.mouse.move(track.x - 20, thumb.y, { steps: 8 });
    await page.mouse.up();
    await expect(page.getByRole("slider", { name: "Month" })).toHaveAttribute(
      "aria-valuetext",
      "September 2019",
    );
    await expectLayerShowsSlider(page, layer);
  },
  buttons: async (page, layer) => {
    await page.goto(`/?m=${START[layer].month}`);
    await page.getByRole("button", { name: "Previous month" }).click();
    await expectLayerShowsSlider(page, layer);
    await page.getByRole("button", { name: "Next month" }).click();
    await page.getByRole("button", { name: "Next month" }).click();
    await expectLayerShowsSlider(page, layer);
  },
  Play: async (page, layer) => {
    await page.goto(`/?m=${START[layer].before}`);
    const slider = page.getByRole("slider", { name: "Month" });
    await page.getByRole("button", { name: "Play" }).click();
    const asNumber = (m: string) => Number(m.replace("-", ""));
    await expect
      .poll(async () => asNumber(await sliderMonth(page)), { timeout: 10_000 })
      .toBeGreaterThanOrEqual(asNumber(START[layer].after));
    await page.getByRole("button", { name: "Pause" }).click();
    await expect(slider).not.toHaveAttribute("aria-valuetext", /^$/);
    await expectLayerShowsSlider(page, layer);
  },
  "Back and Forward": async (page, layer) => {
    await page.goto(`/?m=${START[layer].month}`);
    // A deliberate change is a history entry; the slider's month then replaces that entry.
    await page.getByLabel("Global South definition").selectOption("g77");
    await expect(page).toHaveURL(/gs=g77/);
    await page.getByRole("slider", { name: "Month" }).press("Home");
    await expect(page).toHaveURL(/m=2019-09/);
    await page.goBack();
    await expect(page).not.toHaveURL(/gs=g77/);
    expect(await sliderMonth(page)).toBe(START[layer].month);
    await expectLayerShowsSlider(page, layer);
    await page.goForward();
    await expect(page).toHaveURL(/m=2019-09/);
    expect(await sliderMonth(page)).toBe("2019-09");
    await expectLayerShowsSlider(page, layer);
  },
};

test.describe("every map layer shows the slider's month", () => {
  for (const [kind, step] of Object.entries(STEPS))
    for (const layer of ["shares", "nodes", "pools", "sites"] as const)
      test(`${layer} after ${kind}`, async ({ page }) => {
        await step(page, layer);
      });

  test("after the slider moves from a month with a node snapshot to 2019-09, no disc is drawn", async ({
    page,
  }) => {
    await page.goto("/?m=2022-03");
    const discs = page.locator("canvas.node-layer");
    await expect(discs).not.toHaveAttribute("data-discs", /^0?$/);
    await page.getByRole("slider", { name: "Month" }).press("Home");
    await expect(discs).toHaveAttribute("data-discs", "0");
    await expect(page.getByRole("region", { name: "Map legend" })).toContainText(
      "Nodes: no snapshot",
    );
    await page.waitForTimeout(1000); // nothing brings them back once the page has followed
    await expect(discs).toHaveAttribute("data-discs", "0");
  });
});
