"use client";
import { lineRuns, methodSourceKey } from "@/lib/analytics/line-runs";
import { formatRange } from "@/lib/analytics/range";
import type { TimelineMonth } from "@/lib/analytics/view-shape";
import { formatMonth } from "@/lib/core/month";
import type { Method } from "@/lib/core/schemas";
import { ChartTip } from "./ChartTip";
import { monthX, CHART_PAD as PAD, CHART_W as W, YearAxis } from "./chart-axis";
import { useChartCursor } from "./useChartCursor";

interface Point {
  month: string;
  /** The line: a country's share, or a group's named-member share (the range's low end). */
  share: number;
  method: Method;
  /** Two sources are never joined into one line, even with the same method. */
  source?: string;
  /** Where the source leaves hashrate open, the most the group could hold: drawn as a band. */
  high?: number;
}

/** A month's range estimated from evidence: drawn as its own band, never joined to the lines. */
interface EstimatedPoint {
  month: string;
  low: number;
  high: number;
}

interface Props {
  months: readonly TimelineMonth[];
  series: readonly Point[];
  /** The estimated ranges, where the model gives one (absent: no estimate drawn). */
  estimated?: readonly EstimatedPoint[];
  month: string;
  compare: string | null;
  /** What the line is, for the chart's accessible name ("the Global South's share … (UNCTAD)"). */
  label: string;
}

const H = 120;

interface Run {
  method: Method;
  source: string | undefined;
  /** [x, low y, high y] per month of the run. */
  pts: [number, number, number][];
}

/** The lines of the chart: consecutive months from one source and method (lib/analytics/line-runs.ts). */
function toRuns(
  months: readonly TimelineMonth[],
  byMonth: ReadonlyMap<string, Point>,
  x: (i: number) => number,
  y: (s: number) => number,
): Run[] {
  const points = months.flatMap((m, i) => {
    const p = byMonth.get(m.month);
    return p ? [{ index: i, key: methodSourceKey(p.method, p.source), value: { i, p } }] : [];
  });
  return lineRuns(points).map((r) => ({
    method: r.values[0]?.p.method as Method,
    source: r.values[0]?.p.source,
    pts: r.values.map(({ i, p }): [number, number, number] => [
      x(i),
      y(p.share),
      y(p.high ?? p.share),
    ]),
  }));
}

function bandPoints(pts: readonly [number, number, number][]): string {
  const top = pts.map(([px, , hi]) => `${px},${hi}`);
  const bottom = [...pts].reverse().map(([px, lo]) => `${px},${lo}`);
  return [...top, ...bottom].join(" ");
}

/** Runs of consecutive months with an estimated range, as [x, low y, high y] per month. */
function estimatedRuns(
  months: readonly TimelineMonth[],
  estimated: readonly EstimatedPoint[],
  x: (i: number) => number,
  y: (s: number) => number,
): [number, number, number][][] {
  const byMonth = new Map(estimated.map((p) => [p.month, p]));
  const runs: [number, number, number][][] = [];
  let open = false;
  months.forEach((m, i) => {
    const p = byMonth.get(m.month);
    if (!p) {
      open = false;
      return;
    }
    const pt: [number, number, number] = [x(i), y(p.low), y(p.high)];
    const last = runs.at(-1);
    if (open && last) last.push(pt);
    else runs.push([pt]);
    open = true;
  });
  return runs;
}

/**
 * A share over every month, one line per run of same-method months: a change of method or a gap
 * breaks the line, so measured and reported figures are never joined. Where a point carries a
 * `high`, the band up to it shows how much the source leaves open.
 */
export function GsChart({ months, series, estimated = [], month, compare, label }: Props) {
  const x = monthX(months);
  const y = (s: number) => PAD.t + (1 - s) * (H - PAD.t - PAD.b);
  const byMonth = new Map(series.map((p) => [p.month, p]));
  const runs = toRuns(months, byMonth, x, y);
  const estRuns = estimatedRuns(months, estimated, x, y);
  const estCur = estimated.find((p) => p.month === month);
  const banded = series.some((p) => p.high !== undefined && p.high > p.share);
  const at = months.findIndex((m) => m.month === month);
  const cmp = compare ? months.findIndex((m) => m.month === compare) : -1;
  const cur = byMonth.get(month);
  // Values on hover and focus: the months with a figure, in order.
  const pts = months.flatMap((m, i) => {
    const p = byMonth.get(m.month);
    return p ? [{ i, p }] : [];
  });
  const cursor = useChartCursor(
    pts.map(({ i }) => x(i)),
    W,
    Math.max(
      0,
      pts.findIndex(({ p }) => p.month === month),
    ),
  );
  const tip = cursor.active === null ? null : pts[cursor.active];
  const tipText = tip
    ? `${formatMonth(tip.p.month)}: ${formatRange({ low: tip.p.share, high: tip.p.high ?? tip.p.share })} (${tip.p.method})`
    : "";
  return (
    <figure className="gs-chart">
      <svg
        className="chart-svg"
        viewBox={`0 0 ${W} ${H}`}
        role="img"
        // biome-ignore lint/a11y/noNoninteractiveTabindex: focus shows the values; arrows step through them.
        tabIndex={0}
        aria-label={`Trend: ${label} by month${banded ? ", as a band from the named countries up to what the source leaves unattributed" : ""}${estRuns.length ? "; months without a measured or reported figure as the range estimated from evidence, a dashed band" : ""}; ${formatMonth(month)} marked${estCur ? ` (estimated ${(estCur.low * 100).toFixed(1)}–${(estCur.high * 100).toFixed(1)} %)` : ""}. Focus and use the arrow keys for each month's value.`}
        {...cursor.handlers}
      >
        {[0, 0.5, 1].map((t) => (
          <g key={t}>
            <line x1={PAD.l} x2={W - PAD.r} y1={y(t)} y2={y(t)} className="grid" />
            <text x={PAD.l - 4} y={y(t) + 3} className="axis" textAnchor="end">
              {t * 100}%
            </text>
          </g>
        ))}
        <YearAxis months={months} height={H} />
        {/* The month markers first: every mark of the data is drawn over them. */}
        {cmp >= 0 ? (
          <line x1={x(cmp)} x2={x(cmp)} y1={PAD.t} y2={H - PAD.b} className="mark-compare" />
        ) : null}
        {at >= 0 ? <line x1={x(at)} x2={x(at)} y1={PAD.t} y2={H - PAD.b} className="mark" /> : null}
        {estRuns.map((r) => {
          const [first] = r;
          if (!first) return null;
          // A lone month is a bar from its low to its high: a range, never a point.
          return r.length === 1 ? (
            <line
              key={`est${first[0]}`}
              x1={first[0]}
              x2={first[0]}
              y1={first[1]}
              y2={first[2]}
              className="range-bar band-estimated"
            />
          ) : (
            <polygon key={`est${first[0]}`} points={bandPoints(r)} className="band-estimated" />
          );
        })}
        {runs.map((r) => {
          const key = `${r.method}${r.pts[0]?.[0]}`;
          const [first] = r.pts;
          if (!first) return null;
          if (r.pts.length === 1) {
            const [px, lo, hi] = first;
            return (
              <g key={key}>
                {hi < lo ? (
                  <line x1={px} x2={px} y1={lo} y2={hi} className={`range-bar run-${r.method}`} />
                ) : null}
                <circle cx={px} cy={lo} r={2.5} className={`dot dot-${r.method}`} />
              </g>
            );
          }
          return (
            <g key={key}>
              {banded ? (
                <polygon points={bandPoints(r.pts)} className={`band band-${r.method}`} />
              ) : null}
              <polyline
                points={r.pts.map(([px, lo]) => `${px},${lo}`).join(" ")}
                className={`run run-${r.method}`}
              />
            </g>
          );
        })}
        {at >= 0 && cur ? <circle cx={x(at)} cy={y(cur.share)} r={4} className="mark-dot" /> : null}
        {tip ? <ChartTip x={x(tip.i)} y={y(tip.p.share)} text={tipText} height={H} /> : null}
      </svg>
      <p className="sr-only" aria-live="polite">
        {tipText}
      </p>
      <figcaption>
        <span className="key key-measured">measured</span>{" "}
        <span className="key key-reported">reported</span>
        {banded ? (
          <>
            {" "}
            <span className="key key-band">range</span> — the line is the named countries; the band
            reaches up to what the source leaves unattributed or flags as relocated.
          </>
        ) : null}{" "}
        {estRuns.length ? (
          <>
            <span className="key key-estimated-band" id="gs-chart-estimated-key">
              estimated from evidence
            </span>{" "}
            — a range band (dashed), drawn apart from the measured and reported lines.{" "}
          </>
        ) : null}
        Lines break where the source or method changes or data is missing.
      </figcaption>
    </figure>
  );
}
