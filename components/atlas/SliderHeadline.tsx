"use client";
import type { GlobalSouthResponse } from "@/lib/api/schemas";
import { GlobalSouthHeadline } from "../panel/GlobalSouthHeadline";
import { type MonthCursor, useCursorMonth } from "../timeline/month-cursor";
import { headlineAt } from "./headline-at";

/**
 * The panel's Global South headline at the slider's month, not the page's: the page follows the
 * slider only once it pauses, and during a drag (on a phone, a long one) the figure must not
 * stay on the month the drag began. Only this component re-renders per step.
 */
export function SliderHeadline({
  cursor,
  gs,
  definition,
}: {
  cursor: MonthCursor;
  gs: GlobalSouthResponse | null | undefined;
  definition: { name: string; definedBy: string };
}) {
  const month = useCursorMonth(cursor);
  const { point, sourceName } = headlineAt(gs, month);
  return (
    <GlobalSouthHeadline
      month={month}
      point={point}
      definition={definition}
      sourceName={sourceName}
    />
  );
}
