import { readFile } from "node:fs/promises";
import type { Download, Page } from "@playwright/test";
import { GifReader } from "omggif";
import { FRAME_HEIGHT, FRAME_WIDTH, projectToFrame } from "../components/export/layout";
import { NO_DATA, PALETTE, shareColour } from "../components/map/colour";
import { estimateMonth } from "../lib/analytics/estimate/model";
import { DEFAULT_ASSUMPTIONS } from "../lib/core/assumptions";
import { expect, shownMonth, test } from "./fixtures";

async function openExport(page: Page, month: string) {
  await page.goto(`/?m=${month}`);
  await shownMonth(page, month);
  await page.getByRole("button", { name: "Animation (GIF, WebM)…" }).click();
  await expect(page.getByLabel("From month")).toBeVisible();
}

async function exportFile(page: Page): Promise<Download> {
  const downloading = page.waitForEvent("download");
  await page.getByRole("button", { name: "Export animation", exact: true }).click();
  return downloading;
}

/** Frames of a downloaded GIF, decoded in Node (independently of the page's encoder). */
async function decodeGif(download: Download) {
  const gif = new GifReader(await readFile(await download.path()));
  const frame = (i: number) => {
    const pixels = new Uint8Array(gif.width * gif.height * 4);
    gif.decodeAndBlitFrameRGBA(i, pixels);
    return pixels;
  };
  return { gif, frame };
}

/** The colour at a place on the map, as `#rrggbb`. */
function colourAt(pixels: Uint8Array, lon: number, lat: number): string {
  const [x, y] = projectToFrame(lon, lat).map(Math.round) as [number, number];
  const i = (y * FRAME_WIDTH + x) * 4;
  return `#${[pixels[i], pixels[i + 1], pixels[i + 2]].map((v) => (v ?? 0).toString(16).padStart(2, "0")).join("")}`;
}

/** Inside mainland China (Gansu), far from any border or outline. */
const CHINA = [103, 35] as const;
/** Inside the United States (Nevada), far from any border and from every disclosed site. */
const NEVADA = [-117, 40] as const;

test.describe("exporting the playback as an animation", () => {
  test("a GIF from September 2019 to September 2021 has a frame per month and shows China's exit", async ({
    page,
  }) => {
    await openExport(page, "2021-09");
    // Defaults: the first month with data → the month on screen.
    await expect(page.getByLabel("From month")).toHaveValue("2019-09");
    await expect(page.getByLabel("To month")).toHaveValue("2021-09");
    await expect(page.getByRole("radio", { name: "GIF" })).toBeChecked();

    const download = await exportFile(page);
    expect(download.suggestedFilename()).toBe("hashrate-atlas_2019-09_2021-09_unctad.gif");
    await expect(
      page
        .getByRole("status")
        .filter({ hasText: /^Downloaded hashrate-atlas_2019-09_2021-09_unctad\.gif \(\d/ }),
    ).toBeVisible();

    const { gif, frame } = await decodeGif(download);
    expect(gif.numFrames()).toBe(25);
    expect([gif.width, gif.height]).toEqual([FRAME_WIDTH, FRAME_HEIGHT]);
    expect(gif.frameInfo(0).delay).toBe(70);
    expect(gif.frameInfo(24).delay).toBeGreaterThan(70);
    // September 2019: China ≈ 75 % (the top class); July 2021 (frame 22): China 0 % (the bottom one).
    expect(colourAt(frame(0), ...CHINA)).toBe(PALETTE[7]);
    expect(colourAt(frame(22), ...CHINA)).toBe(PALETTE[0]);
  });

  test("a month the map estimates is an estimated frame; a month with neither source nor estimate is a gap", async ({
    page,
  }) => {
    await openExport(page, "2025-07");
    // The list says which months are estimated and which have nothing to draw.
    await expect(page.getByLabel("From month").locator('option[value="2025-07"]')).toHaveText(
      "July 2025 (estimated)",
    );
    await expect(page.getByLabel("To month").locator('option[value="2026-08"]')).toHaveText(
      "August 2026 (no data)",
    );
    await page.getByLabel("From month").selectOption("2025-07");
    await page.getByLabel("To month").selectOption("2026-08");
    // The estimate the map draws, computed independently from the served evidence.
    const evidence = await (await page.request.get("/api/v1/estimates/evidence")).json();
    const us = estimateMonth(evidence, "2025-07", DEFAULT_ASSUMPTIONS)?.countries.find(
      (c) => c.iso === "US",
    );
    expect(us?.low).toBeGreaterThan(0);
    const download = await exportFile(page);
    const { gif, frame } = await decodeGif(download);
    expect(gif.numFrames()).toBe(14);
    // July 2025: the United States in the class of its estimate's lower end, as on the map.
    expect(colourAt(frame(0), ...NEVADA)).toBe(shareColour(us?.low ?? null));
    // August 2026: after the network hashrate's last month, so no estimate: a gap, grey, and not
    // July's (or any other month's) colours.
    expect(colourAt(frame(13), ...NEVADA)).toBe(NO_DATA);
    expect(colourAt(frame(13), ...CHINA)).toBe(NO_DATA);
  });

  test("a start after the end is refused with a message and cannot be exported", async ({
    page,
  }) => {
    await openExport(page, "2021-09");
    await page.getByLabel("From month").selectOption("2021-09");
    await page.getByLabel("To month").selectOption("2019-09");
    await expect(page.getByRole("alert").filter({ hasText: "start month" })).toHaveText(
      "The start month (September 2021) is after the end month (September 2019): choose a start at or before the end.",
    );
    await expect(
      page.getByRole("button", { name: "Export animation", exact: true }),
    ).toBeDisabled();
  });

  test("shows progress while rendering, and Cancel stops it without a download", async ({
    page,
  }) => {
    await openExport(page, "2021-09");
    // The whole timeline, up to the current month: long enough to cancel midway.
    const last = await page.getByLabel("To month").locator("option").last().getAttribute("value");
    await page.getByLabel("To month").selectOption(last ?? "");
    const downloads: Download[] = [];
    page.on("download", (d) => downloads.push(d));
    await page.getByRole("button", { name: "Export animation", exact: true }).click();
    await expect(page.getByRole("progressbar", { name: "Export progress" })).toBeVisible();
    await expect(
      page.getByRole("status").filter({ hasText: /^Rendering frame \d+ of \d+$/ }),
    ).toBeVisible();
    await page.getByRole("button", { name: "Cancel" }).click();
    await expect(page.getByRole("status").filter({ hasText: "Export cancelled" })).toBeVisible();
    await expect(page.getByRole("progressbar")).toHaveCount(0);
    await page.waitForTimeout(500);
    expect(downloads).toHaveLength(0);
  });

  test("WebM where the browser can encode VP9 or VP8, otherwise the option is disabled and says why", async ({
    page,
  }) => {
    await openExport(page, "2019-12");
    const webm = page.getByRole("radio", { name: "WebM" });
    await expect(webm).not.toHaveAccessibleDescription(/Checking/);
    if (await webm.isDisabled()) {
      await expect(webm).toHaveAccessibleDescription(/WebCodecs|neither VP9 nor VP8/);
      return;
    }
    await expect(webm).toHaveAccessibleDescription(/^WebM: VP[89] video$/);
    await webm.check();
    const download = await exportFile(page);
    expect(download.suggestedFilename()).toBe("hashrate-atlas_2019-09_2019-12_unctad.webm");
    const bytes = await readFile(await download.path());
    // The EBML magic every Matroska/WebM file starts with.
    expect([...bytes.subarray(0, 4)]).toEqual([0x1a, 0x45, 0xdf, 0xa3]);
    expect(bytes.includes(Buffer.from("webm"))).toBe(true);
    expect(bytes.length).toBeGreaterThan(5_000);
    expect(bytes.length).toBeLessThan(5_000_000);
  });
});

test.describe("QR code", () => {
  test("shows the current link as a named SVG that follows the view, and the snapshot's once made", async ({
    page,
  }) => {
    await page.goto("/?m=2021-07");
    await shownMonth(page, "2021-07");
    const toggle = page.getByRole("button", { name: "Show QR code" });
    await expect(toggle).toHaveAttribute("aria-expanded", "false");
    await toggle.click();
    const qr = page.getByRole("img", { name: /^QR code for the link to this view: / });
    await expect(qr).toHaveAccessibleName(`QR code for the link to this view: ${page.url()}`);
    const before = await qr.locator("path").getAttribute("d");
    expect(before).toMatch(/^M\d/);

    await page.getByLabel("Global South definition").selectOption("g77");
    await expect(page).toHaveURL(/gs=g77/);
    await expect(qr).toHaveAccessibleName(`QR code for the link to this view: ${page.url()}`);
    expect(await qr.locator("path").getAttribute("d")).not.toBe(before);

    await page.getByRole("button", { name: "Share snapshot" }).click();
    await expect(
      page.getByRole("img", {
        name: /^QR code for the snapshot: http:\/\/[^ ]+\/s\/[A-Za-z0-9_-]{27}$/,
      }),
    ).toBeVisible();
    await page.getByRole("button", { name: "Hide QR code" }).click();
    await expect(page.getByRole("img", { name: /^QR code/ })).toHaveCount(0);
  });
});
