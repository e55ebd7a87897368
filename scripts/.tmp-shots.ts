import { chromium } from "playwright-core";

const base = "http://127.0.0.1:3217";
const b = await chromium.launch({ executablePath: "/usr/bin/chromium", args: ["--no-sandbox"] });
const shots: [string, string, number, number, boolean][] = JSON.parse(process.argv[2] ?? "[]");
for (const [name, path, w, h, mobile] of shots) {
  const p = await b.newPage({
    viewport: { width: w, height: h },
    isMobile: mobile,
    hasTouch: mobile,
  });
  p.on("pageerror", (e) => console.log("ERR", e.message));
  await p.goto(base + path);
  await p.waitForTimeout(1500);
  const sw = await p.evaluate(() => document.documentElement.scrollWidth);
  await p.screenshot({ path: `/tmp/wt16/${name}.png` });
  console.log(name, "scrollWidth", sw);
  await p.close();
}
await b.close();
