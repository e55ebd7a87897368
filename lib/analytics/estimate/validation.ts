/**
 * Validation of the evidence model: every country-month that has both an estimated range and a
 * figure measured or reported by someone else (a measured share, a reported share, or a published
 * claim of medium or higher confidence), and whether that figure lies inside the range, outside it,
 * or meets evidence in conflict. Pure.
 */
import type { MonthEstimate } from "./model";

export interface PublishedFigure {
  country: string;
  month: string;
  /** Fraction of network hashrate. */
  share: number;
  /** Who published it (a source id or a publisher's name). */
  source: string;
  kind: "measured" | "reported" | "claim";
}

type Verdict = "inside" | "outside" | "conflict";

export interface ValidationRow extends PublishedFigure {
  low: number | null;
  high: number | null;
  verdict: Verdict;
}

export interface Validation {
  rows: ValidationRow[];
  counts: Record<Verdict, number>;
}

/** Published figures that say the same thing twice (a claim that became a reported month) count once. */
function distinct(figures: readonly PublishedFigure[]): PublishedFigure[] {
  const seen = new Set<string>();
  return figures.filter((f) => {
    const key = `${f.country} ${f.month} ${f.share.toFixed(6)}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

export function validate(
  estimates: readonly MonthEstimate[],
  published: readonly PublishedFigure[],
): Validation {
  const byKey = new Map<string, MonthEstimate["countries"][number]>();
  for (const m of estimates) for (const c of m.countries) byKey.set(`${c.iso} ${m.month}`, c);
  const rows: ValidationRow[] = [];
  for (const f of distinct(published)) {
    const est = byKey.get(`${f.country} ${f.month}`);
    if (!est) continue;
    const verdict: Verdict =
      est.state === "conflict"
        ? "conflict"
        : (est.low === null || f.share >= est.low) && (est.high === null || f.share <= est.high)
          ? "inside"
          : "outside";
    rows.push({ ...f, low: est.low, high: est.high, verdict });
  }
  rows.sort((a, b) =>
    a.month < b.month ? -1 : a.month > b.month ? 1 : a.country < b.country ? -1 : 1,
  );
  const counts = { inside: 0, outside: 0, conflict: 0 };
  for (const r of rows) counts[r.verdict] += 1;
  return { rows, counts };
}

/** Why a published figure may lie outside an estimated range: the model's known failure modes. */
export const OUTSIDE_REASONS: readonly string[] = [
  "The utility's mining load may include AI/HPC hosting or other coins, not only bitcoin.",
  "Miners curtail: a load averaged over a year spreads months of high and low running evenly.",
  "Illegal or unregistered mining is missing from utility data, so a utility's figure is too low.",
  "An annual energy figure is spread evenly over its months, though the load grew or shrank within the year.",
  "The efficiency band and PUE are network-wide assumptions; a country's fleet can be older or newer.",
  "The published figure has its own method (pool IP samples, surveys, desk estimates) and its own errors.",
];
