/**
 * Screenshots of `/` on a desktop and a phone, for a person to look at (not a test):
 * `npx tsx scripts/screenshots.ts [baseUrl] [outDir]` against a running server.
 */
import { mkdirSync } from "node:fs";
import { chromium } from "playwright-core";
import { CHROMIUM_ARGS, findSystemChromium } from "./browser";

const base = process.argv[2] ?? "http://127.0.0.1:3000";
const out = process.argv[3] ?? "var/screenshots";
mkdirSync(out, { recursive: true });

const shots = [
  {
    name: "desktop-2019-09",
    path: "/?m=2019-09",
    viewport: { width: 1440, height: 900 },
    mobile: false,
  },
  {
    name: "desktop-2021-07-compare",
    path: "/?m=2021-07&cmp=2019-09&gs=unctad-ex-china",
    viewport: { width: 1440, height: 900 },
    mobile: false,
  },
  {
    name: "desktop-latest-nodes",
    path: "/?c=US",
    viewport: { width: 1440, height: 900 },
    mobile: false,
  },
  {
    name: "phone-2020-04",
    path: "/?m=2020-04",
    viewport: { width: 390, height: 844 },
    mobile: true,
  },
  // A selected country opens the sheet (as a tap on the map does).
  {
    name: "phone-sheet-open",
    path: "/?m=2021-07&c=US",
    viewport: { width: 390, height: 844 },
    mobile: true,
  },
];

const browser = await chromium.launch({
  executablePath: findSystemChromium(),
  args: CHROMIUM_ARGS,
});
for (const s of shots) {
  const page = await browser.newPage({
    viewport: s.viewport,
    isMobile: s.mobile,
    hasTouch: s.mobile,
    deviceScaleFactor: 1,
  });
  const errors: string[] = [];
  page.on("console", (m) => m.type() === "error" && errors.push(m.text()));
  await page.goto(`${base}${s.path}`);
  await page.locator(".leaflet-container[data-shown-month]").first().waitFor({ state: "attached" });
  await page.waitForTimeout(800);
  await page.screenshot({ path: `${out}/${s.name}.png` });
  console.log(s.name, errors.length ? errors : "no console errors");
  await page.close();
}
await browser.close();
