import type { ValidationRow } from "@/lib/analytics/estimate/validation";
import { formatPercent } from "@/lib/analytics/format";
import { formatMonth } from "@/lib/core/month";
import type { CountryEstimatePoint } from "@/lib/queries/country-estimates";

const W = 640;
const H = 200;
const PAD = { left: 44, right: 8, top: 8, bottom: 24 };

/**
 * The estimated range per month as a dashed band (its own line style: never a solid line, which
 * is a measured or reported share), with the published figures over it as points — filled for
 * measured or reported, hollow for a claim. A month in conflict has no band and a cross.
 */
export function EstimateChart({
  label,
  series,
  points,
}: {
  label: string;
  series: readonly CountryEstimatePoint[];
  points: readonly ValidationRow[];
}) {
  if (series.length === 0) return null;
  const months = series.map((p) => p.month);
  const top = Math.max(
    0.01,
    ...series.flatMap((p) => [p.low ?? 0, p.high ?? p.low ?? 0]),
    ...points.map((p) => p.share),
  );
  const x = (i: number) =>
    PAD.left + ((W - PAD.left - PAD.right) * (i + 0.5)) / Math.max(1, months.length);
  const y = (share: number) => PAD.top + (H - PAD.top - PAD.bottom) * (1 - share / top);
  const step = (W - PAD.left - PAD.right) / Math.max(1, months.length);
  return (
    <figure className="estimate-chart">
      <svg viewBox={`0 0 ${W} ${H}`} role="img" aria-label={label}>
        <line x1={PAD.left} x2={W - PAD.right} y1={y(0)} y2={y(0)} className="axis" />
        <text x={PAD.left - 4} y={y(top) + 4} textAnchor="end" className="tick">
          {(top * 100).toFixed(1)} %
        </text>
        <text x={PAD.left - 4} y={y(0)} textAnchor="end" className="tick">
          0 %
        </text>
        {series.map((p, i) => {
          if (p.state === "conflict")
            return (
              <text key={p.month} x={x(i)} y={y(0) - 4} textAnchor="middle" className="conflict">
                ×<title>{`${formatMonth(p.month)}: the evidence conflicts (no range)`}</title>
              </text>
            );
          const lo = p.low ?? 0;
          // "At least" has no top: drawn to the chart's top, open-ended.
          const hi = p.high ?? top;
          return (
            <rect
              key={p.month}
              x={x(i) - step * 0.4}
              width={step * 0.8}
              y={y(hi)}
              height={Math.max(1, y(lo) - y(hi))}
              className={`band band-${p.state}`}
            >
              <title>{`${formatMonth(p.month)}: ${rangeWords(p)}`}</title>
            </rect>
          );
        })}
        {points.map((p) => {
          const i = months.indexOf(p.month);
          if (i < 0) return null;
          return (
            <circle
              key={`${p.month}-${p.source}-${p.share}`}
              cx={x(i)}
              cy={y(p.share)}
              r={4}
              className={`point point-${p.kind}`}
            >
              <title>{`${p.source} (${p.kind}), ${formatMonth(p.month)}: ${formatPercent(p.share)}`}</title>
            </circle>
          );
        })}
        <text x={PAD.left} y={H - 6} className="tick">
          {formatMonth(months[0] as string)}
        </text>
        <text x={W - PAD.right} y={H - 6} textAnchor="end" className="tick">
          {formatMonth(months.at(-1) as string)}
        </text>
      </svg>
      <figcaption className="small">
        Dashed bands: the estimated range each month (open at the top where only a lower bound is
        known). Points: published figures — filled for measured or reported shares, hollow for a
        medium-confidence claim.
      </figcaption>
    </figure>
  );
}

const pct = formatPercent;

export function rangeWords(p: { low: number | null; high: number | null; state: string }): string {
  if (p.state === "conflict") return "the evidence conflicts: no range";
  if (p.state === "at-least") return `at least ${pct(p.low ?? 0)}`;
  if (p.state === "at-most") return `at most ${pct(p.high ?? 0)}`;
  return `${pct(p.low ?? 0)}–${pct(p.high ?? 0)}`;
}
