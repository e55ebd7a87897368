import { formatMonth } from "../core/month";
import { isComparable } from "./change";

interface MonthSource {
  month: string;
  method: string;
  source: { id: string; name: string };
}

/**
 * Why "Top countries, change since the previous month" shows no change, as one sentence instead
 * of a column of bare "—": the month before has no data, or comes from another source (a change
 * is one number only within one source). Null when changes are shown, or while still loading.
 */
export function topChangeNote(
  current: MonthSource | null,
  previousMonth: string,
  previous: MonthSource | null | undefined,
): string | null {
  if (!current || previous === undefined) return null;
  const before = formatMonth(previousMonth);
  if (previous === null)
    return `No change is shown: no source covers ${before}, the month before, so there is nothing to compare with.`;
  if (
    !isComparable(
      { source: previous.source.id, method: previous.method },
      { source: current.source.id, method: current.method },
    )
  )
    return `No change is shown: ${before} comes from another source (${previous.source.name}), and a change is one number only within one source.`;
  return null;
}
