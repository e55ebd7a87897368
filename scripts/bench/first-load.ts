import { readFileSync } from "node:fs";
import { join } from "node:path";
import { gzipSync } from "node:zlib";
import type { Figure } from "./figure";

/**
 * Budget for the JavaScript `/` loads before it is interactive (gzip, all scripts in the HTML;
 * the map chunk — Leaflet, the basemap — is excluded because it loads lazily after). Measured
 * at the time of writing: Next.js 16 + React 19 runtime chunks ≈ 165 KB, our page ≈ 60 KB
 * (zod for the shared response schemas ≈ half of it, SWR, the three definition files, panel
 * and timeline). 240 KB leaves ≈ 15 KB headroom: a normal feature fits, a careless dependency
 * (a chart library, a second locale table, Leaflet pulled out of the lazy chunk) fails the bench.
 */
export const FIRST_LOAD_BUDGET_KB = 240;

/** Sums the gzip size of every script the HTML of `/` references (what a first visit downloads). */
export async function benchFirstLoad(base: string): Promise<Figure[]> {
  const html = await (await fetch(`${base}/`)).text();
  const srcs = [...html.matchAll(/<script[^>]+src="([^"]+\.js)"/g)].map((m) => m[1] ?? "");
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
