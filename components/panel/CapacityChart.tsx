"use client";
import { formatMw } from "@/lib/analytics/format";
import type { TimelineMonth } from "@/lib/analytics/view-shape";
import { formatMonth } from "@/lib/core/month";
import type { CapacityPointResponse } from "@/lib/responses/schemas";
import { ChartTip } from "./ChartTip";
import { onTimeline, CHART_PAD as PAD, CHART_W as W, YearAxis } from "./chart-axis";
import { useChartCursor } from "./useChartCursor";

const H = 110;
/** Round tops for an MW axis: the smallest that leaves a little room above the largest value. */
const TOPS = [10, 20, 50, 100, 200, 500, 1_000, 2_000, 5_000, 10_000, 20_000, 50_000];

function mwAxis(max: number): { top: number; ticks: number[] } {
  const top = TOPS.find((t) => t >= max * 1.1) ?? Math.ceil((max * 1.1) / 10_000) * 10_000;
  return { top, ticks: [0, top / 2, top] };
}

/** Steps from point to point: capacity changes when a fact says so, not gradually between. */
function steps(pts: readonly [number, number][]): string {
  return pts
    .map(([px, py], i) => {
      const prev = pts[i - 1];
      return prev ? `${px},${prev[1]} ${px},${py}` : `${px},${py}`;
    })
    .join(" ");
}

/**
 * Disclosed capacity of known energized sites month by month, in MW: MW stated as used for mining
 * as a solid step line, facility capacity dashed (never added to it). Disclosure, not share — the
 * caption says so, and planned MW are never drawn.
 */
export function CapacityChart({
  months,
  series,
  month,
  label,
}: {
  months: readonly TimelineMonth[];
  series: readonly CapacityPointResponse[];
  month: string;
  /** What the chart is of, for its accessible name ("the Global South (UNCTAD)"). */
  label: string;
}) {
  const { x, index, points } = onTimeline(months, series);
  const axis = mwAxis(Math.max(1, ...points.map((p) => Math.max(p.energizedMw, p.facilityMw))));
  const y = (v: number) => PAD.t + (1 - v / axis.top) * (H - PAD.t - PAD.b);
  const energized = steps(points.map((p) => [x(p.i), y(p.energizedMw)]));
  const facility = steps(points.map((p) => [x(p.i), y(p.facilityMw)]));
  const xs = points.map((p) => x(p.i));
  const onScreen = points.findIndex((p) => p.month === month);
  const cursor = useChartCursor(xs, W, onScreen >= 0 ? onScreen : points.length - 1);
  const tip = cursor.active === null ? null : points[cursor.active];
  const tipText = tip
    ? `${formatMonth(tip.month)}: ${formatMw(tip.energizedMw)} stated as used for mining, ${formatMw(tip.facilityMw)} of facility capacity; ${tip.energizedSites} energized sites, ${tip.mwNotStated} of them with MW not stated`
    : "";
  const at = index.get(month);
  if (points.length === 0) return <p className="gap">No known site is disclosed in {label}.</p>;
  return (
    <figure className="gs-chart capacity-chart">
      <svg
        className="chart-svg"
        viewBox={`0 0 ${W} ${H}`}
        role="img"
        // biome-ignore lint/a11y/noNoninteractiveTabindex: focus shows the values; arrows step through them.
        tabIndex={0}
        aria-label={`Disclosed capacity of known mining sites in ${label} by month, 0 to ${formatMw(axis.top)}; ${formatMonth(month)} marked. Focus and use the arrow keys for each month's values.`}
        {...cursor.handlers}
      >
        {axis.ticks.map((t) => (
          <g key={t}>
            <line x1={PAD.l} x2={W - PAD.r} y1={y(t)} y2={y(t)} className="grid" />
            <text x={PAD.l - 4} y={y(t) + 3} className="axis" textAnchor="end">
              {t >= 1000 ? `${t / 1000}k` : t}
            </text>
          </g>
        ))}
        <YearAxis months={months} height={H} />
        {at !== undefined ? (
          <line x1={x(at)} x2={x(at)} y1={PAD.t} y2={H - PAD.b} className="mark" />
        ) : null}
        <polyline points={facility} className="run run-building" />
        <polyline points={energized} className="run run-energized" />
        {tip ? <ChartTip x={x(tip.i)} y={y(tip.energizedMw)} text={tipText} height={H} /> : null}
      </svg>
      <p className="sr-only" aria-live="polite">
        {tipText}
      </p>
      <figcaption>
        <span className="key key-energized">MW used for mining</span>{" "}
        <span className="key key-building">facility capacity (an upper bound)</span> — energized MW
        of known sites as disclosed by operators and the press, each as its dated fact states it: a
        record of disclosure, not a share of hashrate. Sites whose MW is not stated are counted, not
        drawn; plans are never drawn.
      </figcaption>
    </figure>
  );
}
