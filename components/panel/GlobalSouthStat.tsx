import { formatPercent } from "@/lib/analytics/format";
import type { GlobalSouthPoint } from "@/lib/analytics/global-south";
import { formatRange } from "@/lib/analytics/range";
import { formatMonth } from "@/lib/core/month";
import type { Definition } from "@/lib/geo/definition-schema";
import { rangeReason } from "./GlobalSouthHeadline";
import "../badge.css";
import "./panel.css";

/**
 * A snapshot's headline: the Global South's share of hashrate in the month as a range, with what
 * it rests on. Snapshots frozen before ranges existed (version 1) carry only the named members'
 * sum, and say so rather than pass it off as the whole figure.
 */
export function GlobalSouthStat({
  point,
  definition,
}: {
  point: GlobalSouthPoint;
  definition: Pick<Definition, "name" | "definedBy">;
}) {
  const ranged = typeof point.high === "number" && typeof point.low === "number";
  return (
    <section className="stat">
      <h2>Global South</h2>
      <output className="stat-value" aria-label="Global South share">
        {ranged ? formatRange(point) : formatPercent(point.share)}
      </output>
      <p className="stat-why">
        {ranged
          ? rangeReason(point)
          : "Member countries named by the source only: this snapshot predates ranges, so the hashrate the source left unattributed is not added."}
      </p>
      <p className="stat-context">
        of Bitcoin hashrate in {formatMonth(point.month)} — {definition.name} (defined by{" "}
        {definition.definedBy}).{" "}
        <span className={`method method-${point.method}`}>{point.method}</span>;{" "}
        {formatPercent(point.coverage)} of hashrate attributed to a named country.
      </p>
      {point.caveats?.length ? (
        <ul className="stat-caveats" aria-label="Caveats">
          {point.caveats.map((c) => (
            <li key={c}>{c}</li>
          ))}
        </ul>
      ) : null}
    </section>
  );
}
