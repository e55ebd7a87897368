"use client";
import type { GlobalSouthEstimate, MonthEstimate } from "@/lib/analytics/estimate/model";
import type { Assumptions } from "@/lib/core/assumptions";
import type { GlobalSouthResponse } from "@/lib/responses/schemas";
import { EstimatedHeadline } from "../panel/EstimatedHeadline";
import { GlobalSouthHeadline } from "../panel/GlobalSouthHeadline";
import { type MonthCursor, useCursorMonth } from "../timeline/month-cursor";
import { headlineAt } from "./headline-at";

/** A month's estimate as the headline shows it, or null where the month shows its source. */
export type EstimateAt = (
  month: string,
) => { estimate: MonthEstimate; gs: GlobalSouthEstimate } | null;

/**
 * The panel's Global South headline at the slider's month, not the page's: the page follows the
 * slider only once it pauses, and during a drag (on a phone, a long one) the figure must not
 * stay on the month the drag began — whether the month shows its source or the estimate. Only
 * this component re-renders per step.
 */
export function SliderHeadline({
  cursor,
  gs,
  definition,
  estimateAt,
  assumptions,
}: {
  cursor: MonthCursor;
  gs: GlobalSouthResponse | null | undefined;
  definition: { name: string; definedBy: string };
  estimateAt: EstimateAt;
  assumptions: Assumptions;
}) {
  const month = useCursorMonth(cursor);
  const estimated = estimateAt(month);
  if (estimated)
    return (
      <EstimatedHeadline
        month={month}
        estimate={estimated.estimate}
        gs={estimated.gs}
        assumptions={assumptions}
        definition={definition}
      />
    );
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
