"use client";
import { useEffect, useState } from "react";
import { globalSouthEstimate, type MonthEstimate } from "@/lib/analytics/estimate/model";
import { addInSlices } from "../map/add-in-slices";

export interface EstimatedPoint {
  month: string;
  low: number;
  high: number;
}

/**
 * The chart's estimated band: the Global South's range in every estimable month. Computing every
 * month at once is a long task on a phone, so the months are computed a slice at a time after
 * the page has painted; the band appears when the last is done, and until then the chart keeps
 * the band it had (none on first load).
 */
export function useEstimatedSeries(
  months: readonly string[],
  estimable: (month: string) => boolean,
  compute: (month: string) => MonthEstimate | null,
  members: ReadonlySet<string>,
): EstimatedPoint[] {
  const [series, setSeries] = useState<EstimatedPoint[]>([]);
  useEffect(() => {
    const points: EstimatedPoint[] = [];
    // Begun in a task of its own: after a key press React runs this effect before the frame is
    // painted, and the press's own frame (the map's new colours) must not wait for a slice.
    return addInSlices(
      months.filter(estimable),
      (month) => {
        const e = compute(month);
        const gs = e ? globalSouthEstimate(e, members) : null;
        if (gs && gs.low !== null && gs.high !== null)
          points.push({ month, low: gs.low, high: gs.high });
      },
      () => setSeries(points),
      { later: true },
    );
  }, [months, estimable, compute, members]);
  return series;
}
