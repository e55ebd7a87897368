/**
 * The caveats a month's figures must carry wherever they are quoted: hashrate the source flags
 * as possibly relocated, and countries shown at 0 % that the source says did not stop mining.
 * Pure and browser-safe, so the headline, exports, previews and alerts say the same thing.
 */
import { formatPercent } from "./format";
import { isRelocationFlagged } from "./range";

interface CaveatRow {
  country: string | null;
  label: string;
  share: number;
  caveat: string | null;
}

// The one share format of the pages.
const pct = formatPercent;

export function monthCaveats(rows: readonly CaveatRow[]): string[] {
  const flagged = rows.filter((r) => isRelocationFlagged(r.label) && r.share > 0);
  const out: string[] = [];
  if (flagged.length > 0) {
    const total = flagged.reduce((s, r) => s + r.share, 0);
    const names = flagged.map((r) => r.label.replace(/\s*\*\s*$/, "")).join(" and ");
    out.push(
      `${pct(total)} of hashrate (${names}) is flagged by the source as possibly relocated through VPN or proxy services: the miners may be elsewhere, so it counts only toward the upper end of a range.`,
    );
  }
  for (const r of rows) {
    if (r.country !== null && r.share === 0 && r.caveat !== null && !isRelocationFlagged(r.label))
      out.push(`${r.label}: ${r.caveat}.`);
  }
  return out;
}
