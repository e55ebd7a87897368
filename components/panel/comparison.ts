import { isComparable } from "@/lib/analytics/change";
import type { SharesResponse } from "@/lib/api/schemas";

/** "CBECI Bitcoin Mining Map (measured)": a month's source and method, as comparisons name them. */
export const sourceLabel = (s: SharesResponse) => `${s.source.name} (${s.method})`;

/**
 * Two months' shares as a comparison: whether a per-country difference is a number (same source
 * and method) and how each month's source is named. Null when either month has no shares.
 */
export function comparison(shares: SharesResponse | null, compared: SharesResponse | null) {
  if (!shares || !compared) return null;
  const comparable = isComparable(
    { source: compared.source.id, method: compared.method },
    { source: shares.source.id, method: shares.method },
  );
  return { comparable, sources: { a: sourceLabel(compared), b: sourceLabel(shares), comparable } };
}
