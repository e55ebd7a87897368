import { spawn } from "node:child_process";
import { chromium } from "playwright-core";
import { CHROMIUM_ARGS } from "./browser";
import { prepareBenchDb } from "./bench/bench-db";
const { dbPath } = await prepareBenchDb();
const server = spawn("npx", ["next", "start", "--port", "3474", "--hostname", "127.0.0.1"], { env: { ...process.env, ATLAS_DB_PATH: dbPath }, stdio: "ignore", detached: true });
await new Promise((r) => setTimeout(r, 4000));
const browser = await chromium.launch({ executablePath: "/usr/bin/chromium", args: [...CHROMIUM_ARGS, "--disable-frame-rate-limit", "--disable-gpu-vsync"] });
for (const [q, css] of [["", ""], ["", ".panel,.table-section,.topbar,.timeline{contain:strict}"], ["", ".map-frame{contain:strict}"], ["", ".leaflet-overlay-pane canvas{will-change:transform}"], ["", ".maps{display:none}"], ["", ".panel,.table-section,.topbar{display:none}"]]) {
  const page = await browser.newPage({ viewport: { width: 1440, height: 900 } });
  await page.goto(`http://127.0.0.1:3474/?m=2019-09${q}`);
  await page.waitForLoadState("networkidle");
  await page.waitForTimeout(500);
  if (css) await page.addStyleTag({ content: css });
  if (0) await browser.startTracing(page, { path: "/tmp/trace.json", categories: ["devtools.timeline", "disabled-by-default-devtools.timeline", "blink", "cc", "viz"] });
  const cdp = await page.context().newCDPSession(page);
  await cdp.send("Profiler.enable");
  await cdp.send("Profiler.setSamplingInterval", { interval: 200 });
  await cdp.send("Profiler.start");
  const res = await page.evaluate(async () => {
    const slider = document.querySelector('[role="slider"]') as HTMLElement;
    const out: number[] = [];
    for (let i = 0; i < 40; i++) {
      const key = (window as unknown as { __noop?: boolean }).__noop ? "x" : i % 30 < 15 ? "ArrowRight" : "ArrowLeft";
      const t0 = performance.now();
      slider.dispatchEvent(new KeyboardEvent("keydown", { key, bubbles: true }));
      const tSync = performance.now() - t0;
      await new Promise((r) => requestAnimationFrame(() => { const c = new MessageChannel(); c.port1.onmessage = r; c.port2.postMessage(0); }));
      out.push(Math.round(tSync), Math.round(performance.now() - t0));
      await new Promise((r) => setTimeout(r, 30));
    }
    return out;
  });


  const { profile } = (await cdp.send("Profiler.stop")) as { profile: { nodes: { id: number; callFrame: { functionName: string; url: string; lineNumber: number }; children?: number[] }[]; samples: number[]; timeDeltas: number[] } };
  const self = new Map<number, number>();
  profile.samples.forEach((id, i) => self.set(id, (self.get(id) ?? 0) + (profile.timeDeltas[i] ?? 0)));
  const byName = new Map<string, number>();
  for (const n of profile.nodes) {
    const k = `${n.callFrame.functionName || "(anon)"} ${n.callFrame.url.split("/").pop()}:${n.callFrame.lineNumber}`;
    byName.set(k, (byName.get(k) ?? 0) + (self.get(n.id) ?? 0));
  }
  if (process.env.PROF) console.log([...byName.entries()].sort((a, b) => b[1] - a[1]).slice(0, 25).map(([k, v]) => `${(v / 1000).toFixed(0)}ms ${k}`).join("\n"));
  const sync = res.filter((_, i) => i % 2 === 0).sort((a, b) => a - b);
  const total = res.filter((_, i) => i % 2 === 1).sort((a, b) => a - b);
  console.log(q || "all", css, "sync p50", sync[20], "total p50", total[20], "p95", total[37]);
  await page.close();
}
await browser.close();
process.kill(-server.pid!, "SIGTERM");
