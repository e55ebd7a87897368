/**
 * Changes between two months, stated only as far as the data allows. Within one source and
 * method a change is one number, over the countries that source names in both months; between
 * two sources it is the span the two ranges allow, and it says so. Pure and browser-safe.
 */
import { formatMonth } from "../core/month";

/** A group's figure in one month, as the Global South series carries it. */
export interface GroupFigure {
  month: string;
  source: string;
  method: string;
  low: number;
  high: number;
  /** The group's members the source names that month, with their shares. */
  named: readonly { country: string; share: number }[];
}

type GroupChange =
  | {
      kind: "same-source";
      /** after − before, over the members named in both months (a fraction of hashrate). */
      value: number;
      /** Members named in only one of the two months: left out of `value`. */
      leftOut: string[];
    }
  | {
      kind: "across-sources";
      /** The least and the most the change can be, from the two ranges. */
      low: number;
      high: number;
    };

/** Same source and same method: the only pairs whose difference is one number. */
export function isComparable(
  a: { source: string; method: string },
  b: { source: string; method: string },
): boolean {
  return a.source === b.source && a.method === b.method;
}

export function groupChange(before: GroupFigure, after: GroupFigure): GroupChange {
  if (!isComparable(before, after)) {
    return {
      kind: "across-sources",
      low: round(after.low - before.high),
      high: round(after.high - before.low),
    };
  }
  const a = new Map(before.named.map((n) => [n.country, n.share]));
  const b = new Map(after.named.map((n) => [n.country, n.share]));
  let value = 0;
  for (const [country, share] of b) {
    const was = a.get(country);
    if (was !== undefined) value += share - was;
  }
  const leftOut = [...new Set([...a.keys(), ...b.keys()])]
    .filter((c) => !(a.has(c) && b.has(c)))
    .sort();
  return { kind: "same-source", value: round(value), leftOut };
}

/** One country's change: a number only within one source and method, and where both months name it. */
export function countryChange(
  before: { source: string; method: string; share: number | null } | null,
  after: { source: string; method: string; share: number | null },
): number | null {
  if (!before || before.share === null || after.share === null) return null;
  return isComparable(before, after) ? round(after.share - before.share) : null;
}

/** "−57.5 points", "+0.4 points". */
function formatPointChange(delta: number): string {
  const value = Math.abs(Math.round(delta * 1000) / 10);
  if (value === 0) return "no change";
  return `${delta > 0 ? "+" : "−"}${value} points`;
}

/** "37 to 65 points lower", "2 to 9 points higher", "between 3 points lower and 8 points higher". */
export function formatChangeSpan(low: number, high: number): string {
  const [lo, hi] = [Math.round(low * 100), Math.round(high * 100)];
  if (hi < 0) return `${-hi} to ${-lo} points lower`;
  if (lo > 0) return `${lo} to ${hi} points higher`;
  return `between ${-lo} points lower and ${hi} points higher`;
}

/**
 * The change as a clause for a sentence, naming both sources when they differ:
 * "−57.5 points since September 2019 (same source)" or
 * "37 to 65 points lower than in September 2019 (different sources: A; B)".
 */
export function describeChange(
  before: GroupFigure,
  after: GroupFigure,
  sourceName: (id: string) => string,
): string {
  const change = groupChange(before, after);
  const when = formatMonth(before.month);
  if (change.kind === "same-source") {
    const among =
      change.leftOut.length > 0
        ? `, among the member countries named in both months (same source, ${sourceName(after.source)})`
        : ` (same source, ${sourceName(after.source)})`;
    return `${formatPointChange(change.value)} since ${when}${among}`;
  }
  return `${formatChangeSpan(change.low, change.high)} than in ${when} (different sources: ${sourceName(before.source)} then, ${sourceName(after.source)} now; compared as ranges)`;
}

function round(value: number): number {
  return Math.round(value * 1e9) / 1e9;
}
