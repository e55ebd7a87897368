import { readFileSync } from "node:fs";
import type { Page } from "@playwright/test";
import { FOOTER_Y, FRAME_HEIGHT, FRAME_WIDTH, MAP_BOX } from "../components/export/layout";
import { type TextBox, textProblems } from "../lib/export/text-boxes";
import { expect, test } from "./fixtures";

const FRAME = { width: FRAME_WIDTH, height: FRAME_HEIGHT, dividerY: FOOTER_Y };

/**
 * The view's SVG export, laid out by the browser with its own fonts: every line of text, and
 * every site marker on the map (a ring, written as an arc path) with its stroke.
 */
async function exportedBoxes(page: Page): Promise<{ texts: TextBox[]; sites: TextBox[] }> {
  await expect(page.locator(".leaflet-container")).toHaveAttribute("data-sites-shown", /^\d+$/);
  const download = page.waitForEvent("download");
  await page.getByRole("button", { name: "Image (SVG)" }).click();
  const svg = readFileSync((await (await download).path()) ?? "", "utf8");
  await page.setContent(`<!doctype html><body style="margin:0">${svg}</body>`);
  return page.evaluate((map) => {
    const box = (text: string, e: SVGGraphicsElement, pad: number) => {
      const b = e.getBBox();
      return {
        text,
        left: b.x - pad,
        top: b.y - pad,
        right: b.x + b.width + pad,
        bottom: b.y + b.height + pad,
      };
    };
    const texts = [...document.querySelectorAll("svg text")].map((t) =>
      box(t.textContent ?? "", t as SVGTextElement, 0),
    );
    const sites = [...document.querySelectorAll("svg path")]
      .filter((p) => /^M[-\d.]+ [-\d.]+a/.test(p.getAttribute("d") ?? ""))
      .map((p) =>
        box(`a site marker at ${p.getAttribute("d")?.slice(1, 12)}`, p as SVGPathElement, 1),
      )
      .filter((b) => b.left >= map.x && b.right <= map.x + map.width && b.top >= map.y);
    return { texts, sites };
  }, MAP_BOX);
}

/** A line's box includes its font's ascent and descent: tighter than that is a real clash. */
const inked = (boxes: TextBox[]) =>
  boxes.map((b) => ({ ...b, top: b.top + 2, bottom: b.bottom - 2 }));

test.describe("the exported image's text", () => {
  test("the default view's export has no text over text, off the frame or cut by the divider", async ({
    page,
  }) => {
    await page.goto("/");
    const { texts: boxes, sites } = await exportedBoxes(page);
    expect(boxes.length).toBeGreaterThan(15);
    expect(textProblems(inked(boxes), FRAME, sites)).toEqual([]);
    const all = boxes.map((b) => b.text).join(" ");
    // The licence and the method are on it, in full.
    expect(all).toMatch(/\(CC BY|licen|©|fair use/i);
    expect(all).toContain("Method:");
  });

  test("a gap month's export says 'No data' below the map, over no site marker", async ({
    page,
  }) => {
    // August 2026: no measured or reported source, and after the network hashrate's last month,
    // so no estimate either; sites in Paraguay and Argentina are disclosed.
    await page.goto("/?m=2026-08");
    const { texts, sites } = await exportedBoxes(page);
    expect(sites.length).toBeGreaterThan(5);
    // Southern South America's sites are on the frame, where the banner used to lie.
    expect(sites.some((s) => s.top > MAP_BOX.y + MAP_BOX.height * 0.75)).toBe(true);
    expect(textProblems(inked(texts), FRAME, sites)).toEqual([]);
    const banner = texts.find((t) => t.text === "No data for August 2026");
    expect(banner?.top).toBeGreaterThan(FOOTER_Y);
  });

  test("an estimate-only month's export is the estimate the map shows, labelled and with its assumptions", async ({
    page,
  }) => {
    // July 2025: no measured or reported source; the map shows the estimate from evidence.
    await page.goto("/?m=2025-07&pue=1.05-1.3");
    const onScreen = (await page.locator("#estimate-gs").textContent()) ?? "";
    const range = /(\d[\d.]* %–\d[\d.]* %)/.exec(onScreen)?.[1];
    expect(range).toBeTruthy();
    const { texts, sites } = await exportedBoxes(page);
    expect(textProblems(inked(texts), FRAME, sites)).toEqual([]);
    const all = texts.map((t) => t.text).join(" ");
    expect(all).toContain("estimated from evidence, not measured");
    expect(all).toContain(range ?? "");
    expect(all).toContain("PUE 1.05–1.3");
    expect(all).not.toContain("No data");
    // Nothing it says is cut short.
    expect(texts.filter((t) => t.text.endsWith("…")).map((t) => t.text)).toEqual([]);
  });
});
