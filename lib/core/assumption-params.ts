/**
 * The assumptions as text, the same in the URL (`eff=20-40`, `pue=1.05-1.1`, `win=6`), in the
 * API's query and in snapshots: pure parse and format with no zod, so the first paint stays
 * cheap. Parse returns null for anything malformed or outside LIMITS; absent means the default.
 */
import {
  type Assumptions,
  type Band,
  DEFAULT_ASSUMPTIONS,
  type EfficiencyChoice,
  LIMITS,
} from "./assumptions";

const NUMBER = "(\\d+(?:\\.\\d+)?)";
const BAND = new RegExp(`^${NUMBER}-${NUMBER}$`);
/** `eff=central25`: CBECI's estimate ± 25 %. */
const CENTRAL = /^central(\d{1,2})$/;

function band(text: string, [min, max]: Band): Band | null {
  const m = BAND.exec(text);
  if (!m) return null;
  const lo = Number(m[1]);
  const hi = Number(m[2]);
  return lo <= hi && lo >= min && hi <= max ? [lo, hi] : null;
}

export function parseEfficiency(text: string): EfficiencyChoice | null {
  if (text === "cbeci") return { kind: "cbeci" };
  const central = CENTRAL.exec(text);
  if (central) {
    const spread = Number(central[1]) / 100;
    return spread > 0 && spread < 1 ? { kind: "central", spread } : null;
  }
  const b = band(text, LIMITS.efficiency);
  return b ? { kind: "fixed", band: b } : null;
}

export const parsePue = (text: string): Band | null => band(text, LIMITS.pue);

export function parseWindow(text: string): number | null {
  if (!/^\d{1,2}$/.test(text)) return null;
  const w = Number(text);
  return w >= LIMITS.window[0] && w <= LIMITS.window[1] ? w : null;
}

export function formatEfficiency(choice: EfficiencyChoice): string {
  if (choice.kind === "cbeci") return "cbeci";
  if (choice.kind === "central") return `central${Math.round(choice.spread * 100)}`;
  return `${choice.band[0]}-${choice.band[1]}`;
}

export const formatBand = (b: Band): string => `${b[0]}-${b[1]}`;

/** The assumptions as URL/query parameters, defaults left out. */
export function assumptionParams(a: Assumptions): Record<string, string> {
  const out: Record<string, string> = {};
  if (a.efficiency.kind !== "cbeci") out.eff = formatEfficiency(a.efficiency);
  const [p0, p1] = DEFAULT_ASSUMPTIONS.pue;
  if (a.pue[0] !== p0 || a.pue[1] !== p1) out.pue = formatBand(a.pue);
  if (a.window !== DEFAULT_ASSUMPTIONS.window) out.win = String(a.window);
  return out;
}

/** Human words for the assumptions, for captions and exports. */
export function describeAssumptions(a: Assumptions): string {
  const eff =
    a.efficiency.kind === "cbeci"
      ? "CBECI's lower and upper bound of each month"
      : a.efficiency.kind === "central"
        ? `CBECI's estimate of each month ± ${Math.round(a.efficiency.spread * 100)} %`
        : `${a.efficiency.band[0]}–${a.efficiency.band[1]} J/TH`;
  return `efficiency ${eff}; PUE ${a.pue[0]}–${a.pue[1]}; window ${a.window} month${a.window === 1 ? "" : "s"} either side`;
}
