import { chromium } from "playwright-core";

const b = await chromium.launch({ executablePath: "/usr/bin/chromium", args: ["--no-sandbox"] });
const p = await b.newPage({
  viewport: { width: 360, height: 740 },
  isMobile: true,
  hasTouch: true,
});
await p.goto("http://127.0.0.1:3217" + process.argv[2]);
await p.waitForTimeout(1500);
console.log(
  await p.evaluate(() =>
    [...document.querySelectorAll("body *")]
      .filter(
        (e) =>
          e.getBoundingClientRect().right > 361 && !e.closest(".leaflet-container, .table-scroll"),
      )
      .slice(0, 12)
      .map((e) => `${e.tagName}.${e.className} ${Math.round(e.getBoundingClientRect().right)}`),
  ),
);
await b.close();
