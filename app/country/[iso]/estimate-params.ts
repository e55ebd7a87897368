import { type Assumptions, DEFAULT_ASSUMPTIONS } from "@/lib/analytics/estimate/assumptions";
import { parseEfficiency, parsePue, parseWindow } from "@/lib/core/assumption-params";
import { isMonth } from "@/lib/core/month";

type Search = Record<string, string | string[] | undefined>;

/**
 * The month and assumptions the country page's estimate uses: its own `m`, `eff`, `pue`, `win`,
 * else those of the map view it came from (`from`). A malformed value falls back to the default
 * rather than failing the page (the map's URL state reports bad values; this page just reads).
 */
export function estimatePageParams(search: Search, from: string) {
  const fromParams = new URLSearchParams(from);
  const get = (key: string) => {
    const own = search[key];
    return typeof own === "string" ? own : (fromParams.get(key) ?? undefined);
  };
  const m = get("m");
  const eff = get("eff");
  const pue = get("pue");
  const win = get("win");
  const assumptions: Assumptions = {
    efficiency: (eff && parseEfficiency(eff)) || DEFAULT_ASSUMPTIONS.efficiency,
    pue: (pue && parsePue(pue)) || DEFAULT_ASSUMPTIONS.pue,
    window: (win !== undefined ? parseWindow(win) : null) ?? DEFAULT_ASSUMPTIONS.window,
  };
  return { month: m && isMonth(m) ? m : null, assumptions };
}
