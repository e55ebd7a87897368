import { formatCount } from "@/lib/analytics/format";
import { lineRuns, methodSourceKey } from "@/lib/analytics/line-runs";
import type { TimelineMonth } from "@/lib/analytics/view-shape";
import { formatMonth } from "@/lib/core/month";
import type { ConcentrationResponse, PoolBasis } from "@/lib/responses/schemas";
import { monthX, CHART_PAD as PAD, CHART_W as W, YearAxis } from "./chart-axis";
import "./concentration.css";

type Point = ConcentrationResponse["series"][number];

interface Props {
  months: readonly TimelineMonth[];
  series: readonly Point[];
  month: string;
}

const H = 132;
/** The two panels share the x axis: Nakamoto coefficient above, HHI below. */
const GAP = 12;
const PANEL = (H - PAD.t - PAD.b - GAP) / 2;

export const BASIS_LABEL: Record<PoolBasis, string> = {
  blocks: "block counts in one window",
  "weekly-hashrate": "weekly hashrate shares, month mean",
};

/**
 * One line per run of consecutive months on the same basis and source: a month without data, a
 * month whose value is not drawn (`xy` gives null, e.g. no Nakamoto coefficient) or a change of
 * basis or of source (the bundled history, then the operator's node or mempool.space) breaks it.
 */
export function chartRuns(
  months: readonly TimelineMonth[],
  byMonth: ReadonlyMap<string, Point>,
  xy: (i: number, p: Point) => [number, number] | null,
) {
  const points = months.flatMap((m, i) => {
    const p = byMonth.get(m.month);
    const at = p ? xy(i, p) : null;
    return p && at ? [{ index: i, key: methodSourceKey(p.basis, p.source), value: { p, at } }] : [];
  });
  return lineRuns(points).map((r) => ({
    basis: r.values[0]?.p.basis as PoolBasis,
    pts: r.values.map((v) => v.at),
  }));
}

function Runs({ list, name }: { list: ReturnType<typeof chartRuns>; name: string }) {
  return list.map((r) =>
    r.pts.length > 1 ? (
      <polyline
        key={`${name}${r.pts[0]?.[0]}`}
        points={r.pts.map((p) => p.join(",")).join(" ")}
        className={`run run-${r.basis}`}
      />
    ) : (
      <circle
        key={`${name}${r.pts[0]?.[0]}`}
        cx={r.pts[0]?.[0]}
        cy={r.pts[0]?.[1]}
        r={2.5}
        className={`dot dot-${r.basis}`}
      />
    ),
  );
}

/** What the chart shows for the selected month, in words (its accessible name ends with this). */
export function describePoint(month: string, p: Point | undefined): string {
  if (!p) return `${formatMonth(month)}: no pool data`;
  const n = p.nakamoto === null ? "none (named pools hold half or less)" : String(p.nakamoto);
  return `${formatMonth(month)}: Nakamoto coefficient ${n}, HHI ${formatCount(Math.round(p.hhi))} (${BASIS_LABEL[p.basis]})`;
}

/**
 * Nakamoto coefficient and HHI over every month of the timeline, the same way the Global South
 * chart draws its share: months without pool data are gaps, a change of basis breaks the line,
 * the selected month is marked.
 */
export function ConcentrationChart({ months, series, month }: Props) {
  const x = monthX(months);
  const byMonth = new Map(series.map((p) => [p.month, p]));
  const maxN = Math.max(4, ...series.map((p) => p.nakamoto ?? 0));
  const maxH = Math.max(2500, Math.ceil(Math.max(0, ...series.map((p) => p.hhi)) / 500) * 500);
  const top = PAD.t;
  const bottom = PAD.t + PANEL + GAP;
  const yN = (v: number) => top + (1 - v / maxN) * PANEL;
  const yH = (v: number) => bottom + (1 - v / maxH) * PANEL;
  const nRuns = chartRuns(months, byMonth, (i, p) =>
    p.nakamoto === null ? null : [x(i), yN(p.nakamoto)],
  );
  const hRuns = chartRuns(months, byMonth, (i, p) => [x(i), yH(p.hhi)]);
  const at = months.findIndex((m) => m.month === month);
  const cur = byMonth.get(month);
  const axes: [key: string, y: number, label: string][] = [
    ["n0", yN(0), "0"],
    ["nmax", yN(maxN), String(maxN)],
    ["h0", yH(0), "0"],
    ["hmax", yH(maxH), formatCount(maxH)],
  ];
  return (
    <figure className="gs-chart conc-chart">
      <svg
        className="chart-svg"
        viewBox={`0 0 ${W} ${H}`}
        role="img"
        aria-label={`Trend: pool concentration by month, Nakamoto coefficient (top) and HHI (bottom). ${describePoint(month, cur)}.`}
      >
        {axes.map(([key, y, label]) => (
          <g key={key}>
            <line x1={PAD.l} x2={W - PAD.r} y1={y} y2={y} className="grid" />
            <text x={PAD.l - 4} y={y + 3} className="axis" textAnchor="end">
              {label}
            </text>
          </g>
        ))}
        <text x={PAD.l + 2} y={top + 8} className="axis">
          Nakamoto
        </text>
        <text x={PAD.l + 2} y={bottom + 8} className="axis">
          HHI
        </text>
        <YearAxis months={months} height={H} />
        <Runs list={nRuns} name="n" />
        <Runs list={hRuns} name="h" />
        {at >= 0 ? <line x1={x(at)} x2={x(at)} y1={PAD.t} y2={H - PAD.b} className="mark" /> : null}
        {at >= 0 && cur && cur.nakamoto !== null ? (
          <circle cx={x(at)} cy={yN(cur.nakamoto)} r={4} className="mark-dot" data-month={month} />
        ) : null}
        {at >= 0 && cur ? (
          <circle cx={x(at)} cy={yH(cur.hhi)} r={4} className="mark-dot" data-month={month} />
        ) : null}
      </svg>
      <figcaption>
        <span className="key key-blocks">block counts</span>{" "}
        <span className="key key-weekly-hashrate">weekly hashrate shares</span> — lines break where
        the basis changes or pool data is missing.
      </figcaption>
    </figure>
  );
}
