/**
 * Change between two estimated months: the shares are ranges, so the change is the
 * interval difference [low₂ − high₁, high₂ − low₁] — every change the two ranges allow — and is
 * stated as a range, never one number. Only ranges from the same method and the same assumptions
 * may be differenced; the caller passes both months computed with one set of assumptions.
 */
import { formatPoints } from "../format";

interface Ranged {
  low: number | null;
  high: number | null;
  state: "range" | "at-least" | "at-most" | "conflict";
}

interface IntervalChange {
  /** In share points (fractions): the smallest and the largest change the two ranges allow. */
  low: number;
  high: number;
}

/** The interval difference from `before` to `after`; null unless both are closed ranges. */
export function intervalChange(before: Ranged, after: Ranged): IntervalChange | null {
  if (before.state !== "range" || after.state !== "range") return null;
  if (before.low === null || before.high === null || after.low === null || after.high === null)
    return null;
  return { low: after.low - before.high, high: after.high - before.low };
}

/** "between −0.4 pp and +0.8 pp": always both ends, so it never reads as one number. */
export function formatIntervalChange(c: IntervalChange): string {
  return `between ${formatPoints(c.low)} and ${formatPoints(c.high)}`;
}

/** Why there is no interval difference, for a table cell or a card. */
export function noIntervalChange(
  before: Ranged | null,
  after: Ranged | null,
  beforeWhen = "the month before",
): string {
  if (!before) return `no estimate ${beforeWhen}`;
  if (!after) return "no estimate this month";
  return "not a closed range in both months";
}
