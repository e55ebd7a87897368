"use client";
import { formatPercent } from "@/lib/analytics/format";
import { lineRuns, methodSourceKey } from "@/lib/analytics/line-runs";
import type { TimelineMonth } from "@/lib/analytics/view-shape";
import { formatMonth } from "@/lib/core/month";
import type { Method } from "@/lib/core/schemas";
import { ChartTip } from "./ChartTip";
import { onTimeline, CHART_PAD as PAD, CHART_W as W, YearAxis } from "./chart-axis";
import { shareAxis, tickLabel } from "./chart-scale";
import { useChartCursor } from "./useChartCursor";

interface Point {
  month: string;
  share: number;
  method: Method;
  /** The source's name, read out with the value. */
  source?: string;
}

const H = 120;

/**
 * One country's share of hashrate by month: the y axis scaled to its own values with 0 at the
 * bottom, one line per run of same-method months (a gap or a change of method breaks it), a dot
 * on every month, the month on screen marked behind the data, and each value on hover or focus.
 */
export function ShareChart({
  months,
  series,
  month,
  label,
}: {
  months: readonly TimelineMonth[];
  series: readonly Point[];
  month: string;
  label: string;
}) {
  const { x, index, points } = onTimeline(months, series);
  const axis = shareAxis(Math.max(0, ...points.map((p) => p.share)));
  const y = (s: number) => PAD.t + (1 - s / axis.top) * (H - PAD.t - PAD.b);
  const runs = lineRuns(
    points.map((p) => ({ index: p.i, key: methodSourceKey(p.method, p.source), value: p })),
  ).map((r) => ({
    method: r.values[0]?.method as Method,
    pts: r.values.map((p): [number, number] => [x(p.i), y(p.share)]),
  }));
  const xs = points.map((p) => x(p.i));
  const onScreen = points.findIndex((p) => p.month === month);
  const cursor = useChartCursor(xs, W, onScreen >= 0 ? onScreen : points.length - 1);
  const tip = cursor.active === null ? null : points[cursor.active];
  const tipText = tip
    ? `${formatMonth(tip.month)}: ${formatPercent(tip.share)} (${tip.method}${tip.source ? `, ${tip.source}` : ""})`
    : "";
  const at = index.get(month);
  const current = points[onScreen];
  return (
    <figure className="gs-chart share-chart">
      <svg
        className="chart-svg"
        viewBox={`0 0 ${W} ${H}`}
        role="img"
        // biome-ignore lint/a11y/noNoninteractiveTabindex: focus shows the values; arrows step through them.
        tabIndex={0}
        aria-label={`Trend: ${label} by month, 0 to ${tickLabel(axis.top)}; ${formatMonth(month)} marked. Focus and use the arrow keys for each month's value.`}
        {...cursor.handlers}
      >
        {axis.ticks.map((t) => (
          <g key={t}>
            <line x1={PAD.l} x2={W - PAD.r} y1={y(t)} y2={y(t)} className="grid" />
            <text x={PAD.l - 4} y={y(t) + 3} className="axis" textAnchor="end">
              {tickLabel(t)}
            </text>
          </g>
        ))}
        <YearAxis months={months} height={H} />
        {/* The month marker first: every mark of the data is drawn over it. */}
        {at !== undefined ? (
          <line x1={x(at)} x2={x(at)} y1={PAD.t} y2={H - PAD.b} className="mark" />
        ) : null}
        {runs.map((r) =>
          r.pts.length > 1 ? (
            <polyline
              key={`${r.method}${r.pts[0]?.[0]}`}
              points={r.pts.map((p) => p.join(",")).join(" ")}
              className={`run run-${r.method}`}
            />
          ) : null,
        )}
        {points.map((p) => (
          <circle
            key={p.month}
            cx={x(p.i)}
            cy={y(p.share)}
            r={1.8}
            className={`dot dot-${p.method}`}
          />
        ))}
        {current ? (
          <circle cx={x(current.i)} cy={y(current.share)} r={3.5} className="mark-dot" />
        ) : null}
        {tip ? <ChartTip x={x(tip.i)} y={y(tip.share)} text={tipText} height={H} /> : null}
      </svg>
      <p className="sr-only" aria-live="polite">
        {tipText}
      </p>
      <figcaption>
        <span className="key key-measured">measured</span>{" "}
        <span className="key key-reported">reported</span> — a dot per month with data; lines break
        where the method changes or data is missing.
      </figcaption>
    </figure>
  );
}
