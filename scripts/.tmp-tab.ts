import { chromium } from "playwright-core";

const b = await chromium.launch({ executablePath: "/usr/bin/chromium", args: ["--no-sandbox"] });
const p = await b.newPage({ viewport: { width: 1440, height: 900 } });
await p.goto(`http://127.0.0.1:3217${process.argv[2] ?? "/?m=2019-09"}`);
await p.locator(".leaflet-container[data-shown-month]").waitFor({ state: "attached" });
await p.waitForTimeout(500);
for (let i = 1; i <= Number(process.argv[3] ?? 30); i++) {
  await p.keyboard.press("Tab");
  const d = await p.evaluate(() => {
    const e = document.activeElement as HTMLElement;
    return `${e.tagName}.${(e.getAttribute("class") || "").slice(0, 40)} ${e.getAttribute("aria-label") ?? e.textContent?.slice(0, 30)}`;
  });
  console.log(i, d);
}
await b.close();
