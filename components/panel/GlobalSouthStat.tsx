import { formatPercent } from "@/lib/analytics/format";
import type { GlobalSouthPoint } from "@/lib/analytics/global-south";
import { formatMonth } from "@/lib/analytics/month";
import type { Definition } from "@/lib/geo/definition-schema";

/** The headline: the Global South's share of hashrate in the month, with what it rests on. */
export function GlobalSouthStat({
  point,
  definition,
}: {
  point: GlobalSouthPoint;
  definition: Pick<Definition, "name" | "definedBy">;
}) {
  return (
    <section className="stat">
      <h2>Global South</h2>
      <output className="stat-value" aria-label="Global South share">
        {formatPercent(point.share)}
      </output>
      <p className="stat-context">
        of Bitcoin hashrate in {formatMonth(point.month)} — {definition.name} (defined by{" "}
        {definition.definedBy}).{" "}
        <span className={`method method-${point.method}`}>{point.method}</span>;{" "}
        {formatPercent(point.coverage)} of hashrate attributed to a named country.
      </p>
    </section>
  );
}
