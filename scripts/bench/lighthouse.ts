import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import * as chromeLauncher from "chrome-launcher";
import lighthouse from "lighthouse";
import { z } from "zod";
import { prepareStore } from "../../lib/bootstrap/prepare";
import { startEmptyNext } from "./empty-next";
import type { Figure } from "./figure";
import { round } from "./http-load";
import { quietMachine } from "./quiet";
import { startServer } from "./server";

/** Lighthouse's mobile preset (its default): TBT and LCP budgets for a mid-range phone. */
const TBT_BUDGET_MS = 200;
const LCP_BUDGET_MS = 2000;
/** Web Vitals' "good" layout shift. */
const CLS_BUDGET = 0.1;
const RUNS = 3;

const CHROME_FLAGS = [
  "--headless=new",
  "--no-sandbox",
  "--disable-gpu",
  "--disable-background-networking",
  "--disable-component-update",
  "--no-first-run",
];

/** What the bench reads of a Lighthouse result (the rest of the report is not used). */
const resultSchema = z.object({
  audits: z.object({
    "total-blocking-time": z.object({ numericValue: z.number() }),
    "largest-contentful-paint": z.object({ numericValue: z.number() }),
    "long-tasks": z.object({
      details: z.object({ items: z.array(z.object({ duration: z.number() })) }).optional(),
    }),
    "cumulative-layout-shift": z.object({ numericValue: z.number() }),
    diagnostics: z.object({
      details: z.object({
        items: z.array(z.object({ totalTaskTime: z.number(), numTasksOver50ms: z.number() })),
      }),
    }),
  }),
  categories: z.object({ performance: z.object({ score: z.number().nullable() }) }),
});

const median = (values: number[]) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? Number.NaN;
};

type Result = z.infer<typeof resultSchema>;

/**
 * `simulate` is the preset's: the page loads at full speed and Lighthouse models the phone from
 * the trace. `devtools` slows the load itself (the same 4× CPU and slow 4G), a check on the model:
 * on loopback every script has arrived before the first paint, which the model then counts as
 * paint-blocking, where on a phone the page paints while its scripts are still downloading.
 */
async function runLighthouse(
  url: string,
  port: number,
  throttlingMethod: "simulate" | "devtools" = "simulate",
): Promise<Result[]> {
  const runs: Result[] = [];
  for (let i = 0; i < RUNS; i += 1) runs.push(await oneRun(url, port, throttlingMethod));
  return runs;
}

/** A run whose metrics Lighthouse could not compute is run again (twice at most), then reported. */
const ATTEMPTS = 3;

async function oneRun(
  url: string,
  port: number,
  throttlingMethod: "simulate" | "devtools",
): Promise<Result> {
  let why = "";
  for (let attempt = 0; attempt < ATTEMPTS; attempt += 1) {
    const result = await lighthouse(url, {
      port,
      onlyCategories: ["performance"],
      output: "json",
      logLevel: "error",
      throttlingMethod,
    });
    const parsed = resultSchema.safeParse(result?.lhr);
    if (parsed.success) return parsed.data;
    // Now and then Lighthouse finds no LCP in a trace (NO_LCP) and leaves the metric out.
    why = result?.lhr.runtimeError?.message ?? parsed.error.issues[0]?.message ?? "no result";
  }
  throw new Error(
    `Lighthouse (${throttlingMethod}) on ${url}: no metrics in ${ATTEMPTS} runs: ${why}`,
  );
}

/**
 * Lighthouse 12 (mobile preset, simulated throttling) on `/`, three runs, medians: total
 * blocking time, largest contentful paint, the longest main-thread task, the performance score.
 * The server is the production build on a seeded SQLite database, loopback only, warmed up as a
 * running server is (its first render compiles its code). Beside it, as references not judged:
 * the same figures for an empty Next.js app (empty-next.ts), the floor no page of a Next.js app
 * goes below on this machine; for `/methods`, a page of the atlas's text with next to no code of
 * its own; and for `/` with the throttling applied to the load rather than simulated (see
 * runLighthouse).
 */
export async function benchLighthouse(port: number): Promise<Figure[]> {
  const dir = mkdtempSync(join(tmpdir(), "atlas-bench-lh-"));
  const dbPath = join(dir, "atlas.db");
  (await prepareStore({ dialect: "sqlite", path: dbPath }, "data/seed")).store.close();
  const server = await startServer(port, { ATLAS_DB_PATH: dbPath });
  const chrome = await chromeLauncher.launch({
    chromePath: "/usr/bin/chromium",
    chromeFlags: CHROME_FLAGS,
  });
  let empty: Awaited<ReturnType<typeof startEmptyNext>> | null = null;
  try {
    empty = await startEmptyNext(port + 1);
    for (const path of ["/", "/methods", "/", "/methods"])
      await (await fetch(`${server.url}${path}`)).text();
    await (await fetch(empty.url)).text();
    const load = await quietMachine();
    const runs = await runLighthouse(`${server.url}/`, chrome.port);
    const text = await runLighthouse(`${server.url}/methods`, chrome.port);
    const floor = await runLighthouse(`${empty.url}/`, chrome.port);
    const applied = await runLighthouse(`${server.url}/`, chrome.port, "devtools");
    const appliedTbt = median(applied.map((r) => r.audits["total-blocking-time"].numericValue));
    const appliedLcp = median(
      applied.map((r) => r.audits["largest-contentful-paint"].numericValue),
    );
    const floorTbt = median(floor.map((r) => r.audits["total-blocking-time"].numericValue));
    const floorLcp = median(floor.map((r) => r.audits["largest-contentful-paint"].numericValue));
    const textTbt = median(text.map((r) => r.audits["total-blocking-time"].numericValue));
    const textLcp = median(text.map((r) => r.audits["largest-contentful-paint"].numericValue));
    const tbt = median(runs.map((r) => r.audits["total-blocking-time"].numericValue));
    const lcp = median(runs.map((r) => r.audits["largest-contentful-paint"].numericValue));
    const longest = median(
      runs.map((r) =>
        Math.max(0, ...(r.audits["long-tasks"].details?.items.map((t) => t.duration) ?? [])),
      ),
    );
    const score = median(runs.map((r) => (r.categories.performance.score ?? 0) * 100));
    const cls = median(runs.map((r) => r.audits["cumulative-layout-shift"].numericValue));
    // The main thread's own work as measured on this machine (unthrottled), before Lighthouse
    // scales it to a phone: what a change to the page's code moves most directly.
    const diagnostics = (r: Result) => r.audits.diagnostics.details.items[0];
    const taskTime = median(runs.map((r) => diagnostics(r)?.totalTaskTime ?? Number.NaN));
    const over50 = median(runs.map((r) => diagnostics(r)?.numTasksOver50ms ?? Number.NaN));
    return [
      {
        name: "lighthouse_mobile_tbt",
        value: round(tbt, 0),
        unit: "ms",
        target: TBT_BUDGET_MS,
        ok: tbt <= TBT_BUDGET_MS,
      },
      {
        name: "lighthouse_mobile_lcp",
        value: round(lcp, 0),
        unit: "ms",
        target: LCP_BUDGET_MS,
        ok: lcp <= LCP_BUDGET_MS,
      },
      {
        name: "lighthouse_mobile_longest_task",
        value: round(longest, 0),
        unit: "ms",
        target: null,
        ok: true,
      },
      {
        name: "lighthouse_mobile_cls",
        value: round(cls, 3),
        unit: "score",
        target: CLS_BUDGET,
        ok: cls <= CLS_BUDGET,
      },
      {
        name: "lighthouse_main_thread_task_time",
        value: round(taskTime, 0),
        unit: "ms",
        target: null,
        ok: true,
      },
      {
        name: "lighthouse_tasks_over_50ms",
        value: over50,
        unit: "tasks",
        target: null,
        ok: true,
      },
      {
        name: "lighthouse_mobile_score",
        value: round(score, 0),
        unit: "points",
        target: null,
        ok: true,
      },
      {
        name: "lighthouse_empty_next_app_tbt",
        value: round(floorTbt, 0),
        unit: "ms",
        target: null,
        ok: true,
      },
      {
        name: "lighthouse_empty_next_app_lcp",
        value: round(floorLcp, 0),
        unit: "ms",
        target: null,
        ok: true,
      },
      {
        name: "lighthouse_methods_page_tbt",
        value: round(textTbt, 0),
        unit: "ms",
        target: null,
        ok: true,
      },
      {
        name: "lighthouse_methods_page_lcp",
        value: round(textLcp, 0),
        unit: "ms",
        target: null,
        ok: true,
      },
      {
        name: "lighthouse_applied_throttling_tbt",
        value: round(appliedTbt, 0),
        unit: "ms",
        target: null,
        ok: true,
      },
      {
        name: "lighthouse_applied_throttling_lcp",
        value: round(appliedLcp, 0),
        unit: "ms",
        target: null,
        ok: true,
      },
      {
        name: "lighthouse_load_average_at_start",
        value: round(load, 2),
        unit: "load",
        target: null,
        ok: true,
      },
    ];
  } finally {
    await chrome.kill();
    server.stop();
    empty?.stop();
  }
}
