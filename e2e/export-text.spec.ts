import { readFileSync } from "node:fs";
import { FOOTER_Y, FRAME_HEIGHT, FRAME_WIDTH } from "../components/export/layout";
import { type TextBox, textProblems } from "../lib/export/text-boxes";
import { expect, test } from "./fixtures";

test.describe("the exported image's text", () => {
  test("the default view's export has no text over text, off the frame or cut by the divider", async ({
    page,
  }) => {
    await page.goto("/");
    await expect(page.locator(".leaflet-container")).toHaveAttribute("data-sites-shown", /^\d+$/);
    const download = page.waitForEvent("download");
    await page.getByRole("button", { name: "Image (SVG)" }).click();
    const svg = readFileSync((await (await download).path()) ?? "", "utf8");
    // The browser lays the file's text out with its own fonts and measures every line.
    await page.setContent(`<!doctype html><body style="margin:0">${svg}</body>`);
    const boxes: TextBox[] = await page.evaluate(() =>
      [...document.querySelectorAll("svg text")].map((t) => {
        const b = (t as SVGTextElement).getBBox();
        return {
          text: t.textContent ?? "",
          left: b.x,
          top: b.y,
          right: b.x + b.width,
          bottom: b.y + b.height,
        };
      }),
    );
    expect(boxes.length).toBeGreaterThan(15);
    // A line's box includes its font's ascent and descent: tighter than that is a real clash.
    const inked = boxes.map((b) => ({ ...b, top: b.top + 2, bottom: b.bottom - 2 }));
    expect(
      textProblems(inked, { width: FRAME_WIDTH, height: FRAME_HEIGHT, dividerY: FOOTER_Y }),
    ).toEqual([]);
    const all = boxes.map((b) => b.text).join(" ");
    // The licence and the method are on it, in full.
    expect(all).toMatch(/\(CC BY|licen|©|fair use/i);
    expect(all).toContain("Method:");
  });
});
