import { formatCount, formatDate, formatPercent } from "@/lib/analytics/format";
import type { TimelineMonth } from "@/lib/analytics/view-shape";
import { formatMonth } from "@/lib/core/month";
import type { ConcentrationResponse, PoolsResponse } from "@/lib/responses/schemas";
import { BASIS_LABEL, ConcentrationChart } from "./ConcentrationChart";
import { DetailsOnOpen } from "./DetailsOnOpen";
import "./concentration.css";

type Point = ConcentrationResponse["series"][number];

/** Where the month's figures come from, in one sentence. */
function basisNote(p: Point, pools: PoolsResponse | null): string {
  const span = `${formatDate(p.periodStart)} – ${formatDate(p.periodEnd)}`;
  const named = `${formatPercent(Math.round(p.coverage * 1000) / 1000)} attributed to ${p.pools} named pools`;
  if (p.basis === "weekly-hashrate") {
    return `Weekly hashrate shares (${p.source}), mean of ${p.periods} week${p.periods === 1 ? "" : "s"} ${span}; ${named}.`;
  }
  const largest =
    pools?.period?.end === p.periodEnd
      ? `; largest: ${pools.pools
          .filter((x) => x.slug !== "unknown")
          .slice(0, 3)
          .map((x) => `${x.name} ${formatPercent(x.share)}`)
          .join(", ")}`
      : "";
  const count = p.blocks === null ? "Blocks" : `${formatCount(p.blocks)} blocks`;
  const unknown = formatPercent(Math.round((1 - p.coverage) * 1000) / 1000);
  return `${count} ${span} (${p.source}), one window; ${named}, ${unknown} unknown (kept apart)${largest}. A share of blocks is an estimate of the pool's share of hashrate.`;
}

/**
 * Pool concentration: the selected month's Nakamoto coefficient and HHI with their basis, and
 * both over every month with pool data ("no pool data" for a month without any).
 */
export function Concentration({
  pools,
  concentration,
  month,
  months,
}: {
  pools: PoolsResponse | null;
  concentration: ConcentrationResponse | null;
  month: string;
  months: readonly TimelineMonth[];
}) {
  const series = concentration?.series ?? [];
  const p = series.find((x) => x.month === month);
  return (
    <section aria-labelledby="conc-heading" className="concentration">
      <h2 id="conc-heading">Pool concentration</h2>
      {p ? (
        <>
          <p className="figures">
            <span>
              <b>{p.nakamoto ?? "—"}</b> pools hold over half the blocks (Nakamoto coefficient)
            </span>
            <span>
              <b>{formatCount(Math.round(p.hhi))}</b> HHI (0–10,000)
            </span>
          </p>
          <p className="small">
            {basisNote(p, pools)} Pools are not places: their miners may be anywhere.{" "}
            <a href="/pools">Pools over time</a>
          </p>
        </>
      ) : (
        <p className="gap">{formatMonth(month)}: no pool data.</p>
      )}
      {series.length > 0 ? (
        <>
          <ConcentrationChart months={months} series={series} month={month} />
          <DetailsOnOpen className="small" summary="Concentration by month (table)">
            {() => (
              <table className="conc-table">
                <caption className="small">
                  Unknown miners are left out of both measures; coverage is the share of blocks by
                  named pools. Months without pool data are not listed.
                </caption>
                <thead>
                  <tr>
                    <th scope="col">Month</th>
                    <th scope="col">Nakamoto</th>
                    <th scope="col">HHI</th>
                    <th scope="col">Basis</th>
                    <th scope="col">Coverage</th>
                  </tr>
                </thead>
                <tbody>
                  {series.map((x) => (
                    <tr key={x.month} aria-current={x.month === month ? "true" : undefined}>
                      <th scope="row">{formatMonth(x.month)}</th>
                      <td>{x.nakamoto ?? "—"}</td>
                      <td>{formatCount(Math.round(x.hhi))}</td>
                      <td>{BASIS_LABEL[x.basis]}</td>
                      <td>{formatPercent(Math.round(x.coverage * 1000) / 1000)}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            )}
          </DetailsOnOpen>
        </>
      ) : null}
    </section>
  );
}
