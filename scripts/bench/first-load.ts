import { readFileSync } from "node:fs";
import { join } from "node:path";
import { gzipSync } from "node:zlib";
import type { Figure } from "./figure";

/**
 * Budget for the JavaScript `/` loads before it is interactive (gzip, every module script in the
 * HTML; the map chunk — Leaflet, the basemap — is excluded because it loads lazily after, and so
 * are `noModule` scripts, the legacy-browser polyfills a modern browser never downloads). A bare
 * Next.js 16 + React 19 app is about 165 KB of it. zod and the response schemas load with the
 * first API response, the panel's heavier parts when used; what is left of our page must fit in
 * the rest, so a careless dependency (a chart library, Leaflet pulled out of the lazy chunk, zod
 * back on the first load) fails the bench.
 */
const FIRST_LOAD_BUDGET_KB = 200;

/** Sums the gzip size of every script the HTML of `/` references (what a first visit downloads). */
export async function benchFirstLoad(base: string): Promise<Figure[]> {
  const html = await (await fetch(`${base}/`)).text();
  const srcs = [...html.matchAll(/<script([^>]*)>/g)]
    .map((m) => m[1] ?? "")
    .filter((attrs) => !/\bnoModule\b/i.test(attrs))
    .map((attrs) => /\bsrc="([^"]+\.js)"/.exec(attrs)?.[1] ?? "");
  const unique = [...new Set(srcs)].filter((s) => s.startsWith("/_next/static/"));
  let bytes = 0;
  for (const src of unique) {
    const file = join(".next", "static", src.slice("/_next/static/".length).split("?")[0] ?? "");
    bytes += gzipSync(readFileSync(file), { level: 9 }).length;
  }
  const kb = Math.round((bytes / 1024) * 10) / 10;
  return [
    {
      name: "first_load_js_gzip",
      value: kb,
      unit: "KB",
      target: FIRST_LOAD_BUDGET_KB,
      ok: kb <= FIRST_LOAD_BUDGET_KB,
    },
    { name: "first_load_js_files", value: unique.length, unit: "files", target: null, ok: true },
  ];
}
