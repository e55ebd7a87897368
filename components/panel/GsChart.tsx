import { formatMonth } from "@/lib/analytics/month";
import type { TimelineMonth } from "@/lib/analytics/view-shape";
import type { Method } from "@/lib/api/schemas";
import { monthX, CHART_PAD as PAD, CHART_W as W, YearAxis } from "./chart-axis";

interface Props {
  months: readonly TimelineMonth[];
  series: readonly { month: string; share: number; method: Method }[];
  month: string;
  compare: string | null;
  /** What the line is, for the chart's accessible name ("the Global South's share … (UNCTAD)"). */
  label: string;
}

const H = 120;

/**
 * The Global South share over every month, one line per run of same-method months: a change of
 * method or a gap breaks the line, so measured and reported figures are never joined.
 */
export function GsChart({ months, series, month, compare, label }: Props) {
  const x = monthX(months);
  const y = (s: number) => PAD.t + (1 - s) * (H - PAD.t - PAD.b);
  const byMonth = new Map(series.map((p) => [p.month, p]));
  const runs: { method: Method; pts: [number, number][] }[] = [];
  months.forEach((m, i) => {
    const p = byMonth.get(m.month);
    const last = runs.at(-1);
    const prevHad = i > 0 && byMonth.has(months[i - 1]?.month ?? "");
    if (!p) return;
    if (last && prevHad && last.method === p.method) last.pts.push([x(i), y(p.share)]);
    else runs.push({ method: p.method, pts: [[x(i), y(p.share)]] });
  });
  const at = months.findIndex((m) => m.month === month);
  const cmp = compare ? months.findIndex((m) => m.month === compare) : -1;
  const cur = byMonth.get(month);
  return (
    <figure className="gs-chart">
      <svg
        className="chart-svg"
        viewBox={`0 0 ${W} ${H}`}
        role="img"
        aria-label={`Trend: ${label} by month; ${formatMonth(month)} marked.`}
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
        {runs.map((r) =>
          r.pts.length > 1 ? (
            <polyline
              key={`${r.method}${r.pts[0]?.[0]}`}
              points={r.pts.map((p) => p.join(",")).join(" ")}
              className={`run run-${r.method}`}
            />
          ) : (
            <circle
              key={`${r.method}${r.pts[0]?.[0]}`}
              cx={r.pts[0]?.[0]}
              cy={r.pts[0]?.[1]}
              r={2.5}
              className={`dot dot-${r.method}`}
            />
          ),
        )}
        {cmp >= 0 ? (
          <line x1={x(cmp)} x2={x(cmp)} y1={PAD.t} y2={H - PAD.b} className="mark-compare" />
        ) : null}
        {at >= 0 ? <line x1={x(at)} x2={x(at)} y1={PAD.t} y2={H - PAD.b} className="mark" /> : null}
        {at >= 0 && cur ? <circle cx={x(at)} cy={y(cur.share)} r={4} className="mark-dot" /> : null}
      </svg>
      <figcaption>
        <span className="key key-measured">measured</span>{" "}
        <span className="key key-reported">reported</span>{" "}
        <span className="key key-modeled">modeled</span> — lines break where the method changes or
        data is missing.
      </figcaption>
    </figure>
  );
}
