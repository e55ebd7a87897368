import { isComparable } from "@/lib/analytics/change";
import type { SharesResponse } from "@/lib/responses/schemas";

/** "CBECI Bitcoin Mining Map (measured)": a month's source and method, as comparisons name them. */
const sourceLabel = (s: SharesResponse) => `${s.source.name} (${s.method})`;

/**
 * Two months' shares as a comparison: whether a per-country difference is a number (same source
 * and method) and how each month's source is named. Null when either month has no shares.
 */
export function comparison(shares: SharesResponse | null, compared: SharesResponse | null) {
  if (!shares || !compared) return null;
  // Earlier and later, whichever month the slider shows: a difference runs forward in time.
  const [early, late] = shares.month <= compared.month ? [shares, compared] : [compared, shares];
  const comparable = isComparable(
    { source: early.source.id, method: early.method },
    { source: late.source.id, method: late.method },
  );
  return {
    comparable,
    early,
    late,
    sources: { a: sourceLabel(early), b: sourceLabel(late), comparable },
  };
}
