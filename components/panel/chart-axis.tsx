import type { TimelineMonth } from "@/lib/analytics/view-shape";
import "./chart.css";

/** Width and padding every small trend chart in the panel shares, so their months line up. */
export const CHART_W = 320;
export const CHART_PAD = { l: 30, r: 8, t: 8, b: 18 } as const;

/** x position of the i-th timeline month. */
export function monthX(months: readonly TimelineMonth[]): (i: number) => number {
  const n = Math.max(1, months.length - 1);
  return (i) => CHART_PAD.l + (i / n) * (CHART_W - CHART_PAD.l - CHART_PAD.r);
}

/**
 * A series placed on the timeline: each point with its month's index (points in months the
 * timeline lacks are left out), the month → index lookup and the x scale.
 */
export function onTimeline<P extends { month: string }>(
  months: readonly TimelineMonth[],
  series: readonly P[],
): { x: (i: number) => number; index: Map<string, number>; points: (P & { i: number })[] } {
  const index = new Map(months.map((m, i) => [m.month, i]));
  const points = series.flatMap((p) => {
    const i = index.get(p.month);
    return i === undefined ? [] : [{ ...p, i }];
  });
  return { x: monthX(months), index, points };
}

/** Every other January along the bottom of a chart `height` pixels tall. */
export function YearAxis({ months, height }: { months: readonly TimelineMonth[]; height: number }) {
  const x = monthX(months);
  const years = months.flatMap((m, i) =>
    m.month.endsWith("-01") ? [[i, m.month.slice(0, 4)] as const] : [],
  );
  return years
    .filter((_, i) => i % 2 === 0)
    .map(([i, label]) => (
      <text key={label} x={x(i)} y={height - 4} className="axis" textAnchor="middle">
        {label}
      </text>
    ));
}
