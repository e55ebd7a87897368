import { compareText } from "@/lib/core/compare";

/** The keyboard's walk over the known sites (pure, so it is tested; keyboard-sites.ts wires it). */

export const SITE_KEYS_HELP = "arrow keys move between them, Escape closes the card";

/** Which site an arrow key goes to from `index` among `count` sites (west to east), or null. */
export function siteKeyTarget(key: string, index: number, count: number): number | null {
  if (count === 0) return null;
  if (key === "Home") return 0;
  if (key === "End") return count - 1;
  if (key === "ArrowRight" || key === "ArrowDown") return index < 0 ? 0 : (index + 1) % count;
  if (key === "ArrowLeft" || key === "ArrowUp")
    return index < 0 ? count - 1 : (index - 1 + count) % count;
  return null;
}

/** West to east, then north to south: the order the arrows walk the sites in. */
export function keyOrder<T extends { lon: number; lat: number; id: string }>(sites: T[]): T[] {
  return [...sites].sort((a, b) => a.lon - b.lon || b.lat - a.lat || compareText(a.id, b.id));
}
