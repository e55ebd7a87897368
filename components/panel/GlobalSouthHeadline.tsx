import { formatRange, formatTenths, isPoint } from "@/lib/analytics/range";
import { formatMonth } from "@/lib/core/month";
import type { GlobalSouthResponse } from "@/lib/responses/schemas";
import { MethodBadge } from "../MethodBadge";
import "./panel.css";

type Point = GlobalSouthResponse["series"][number];

/** Why the figure is a range, in one line: what is named and what the source leaves open. */
export function rangeReason(p: Point): string {
  if (isPoint(p)) return "The source names a country for nearly all hashrate this month.";
  const open = [
    p.unattributed > 0
      ? `names no country for ${formatTenths(p.unattributed)} % of hashrate`
      : null,
    p.relocated > 0
      ? `flags ${formatTenths(p.relocated)} % of hashrate as possibly relocated`
      : null,
  ].filter((s): s is string => s !== null);
  const groups = p.boundedBy.join(" and ");
  return p.boundedBy.length === 0
    ? `A range: member countries the source names hold ${formatTenths(p.low)} %; it ${open.join(" and ")}, which could lie in the Global South or not.`
    : `A range: member countries the source names, with its ${groups} figure${p.boundedBy.length > 1 ? "s" : ""}, hold ${formatTenths(p.low)} %; it ${open.join(" and ")}; its group figures cap the Global South at ${formatTenths(p.high)} %.`;
}

/** The map panel's headline: the Global South's share in the month as a range, or the gap. */
export function GlobalSouthHeadline({
  month,
  point,
  definition,
  sourceName,
}: {
  month: string;
  point: Point | null;
  definition: { name: string; definedBy: string };
  sourceName: string | null;
}) {
  return (
    <section className="stat">
      <h2>Global South share of hashrate</h2>
      <output className="stat-value" aria-label="Global South share">
        {point ? formatRange(point) : "No data"}
      </output>
      {point ? <p className="stat-why">{rangeReason(point)}</p> : null}
      <p className="stat-context">
        {formatMonth(month)} · {definition.name}
        {point ? (
          <>
            {" "}
            · <MethodBadge method={point.method} />
            {sourceName ? ` · ${sourceName}` : null}
          </>
        ) : (
          <> · no measured or reported source covers this month; nothing is interpolated.</>
        )}
      </p>
      {point && point.caveats.length > 0 ? (
        <ul className="stat-caveats" aria-label="Caveats">
          {point.caveats.map((c) => (
            <li key={c}>{c}</li>
          ))}
        </ul>
      ) : null}
    </section>
  );
}
