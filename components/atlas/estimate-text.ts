import { formatPercent } from "@/lib/analytics/format";
import { builtOnce } from "@/lib/core/built-once";

/**
 * Words for the estimate from evidence, shared by the live panel and the frozen snapshot page
 * (plain functions: a server component may call them, so they stay out of "use client" files).
 */

/**
 * A country's English name from the browser itself: lib/geo/countries would bring its package
 * and zod into the page's first load (the budget in scripts/bench/first-load.ts).
 */
const REGION = builtOnce(() => new Intl.DisplayNames(["en"], { type: "region" }));
export const regionName = (iso: string): string => REGION().of(iso) ?? iso;

// The one share format (one decimal; two significant digits under 1 %).
const pct = formatPercent;

/** "0.22–1.08 %", "at least 0.48 %", "at most 6.11 %", "the evidence conflicts: no range". */
export function rangeText(c: { low: number | null; high: number | null; state: string }): string {
  if (c.state === "conflict") return "the evidence conflicts: no range";
  if (c.state === "at-least") return `at least ${pct(c.low ?? 0)}`;
  if (c.state === "at-most") return `at most ${pct(c.high ?? 0)}`;
  return `${pct(c.low ?? 0)}–${pct(c.high ?? 0)}`;
}
