import { formatPercent } from "@/lib/analytics/format";
import { formatMonth } from "@/lib/analytics/month";

interface Point {
  month: string;
  share: number;
  coverage: number;
  method: string;
}

/** The map panel's headline: the Global South's share in the month, with what it rests on — or the gap. */
export function GlobalSouthHeadline({
  month,
  point,
  definition,
}: {
  month: string;
  point: Point | null;
  definition: { name: string; definedBy: string };
}) {
  return (
    <section className="stat">
      <h2>Global South share of hashrate</h2>
      <output className="stat-value" aria-label="Global South share">
        {point ? formatPercent(point.share) : "No data"}
      </output>
      <p className="stat-context">
        {formatMonth(month)} · {definition.name}
        {point ? (
          <>
            {" "}
            · <span className={`method method-${point.method}`}>{point.method}</span> ·{" "}
            {formatPercent(point.coverage)} of hashrate attributed to a named country
          </>
        ) : (
          <> · no source covers this month; nothing is interpolated.</>
        )}
      </p>
    </section>
  );
}
