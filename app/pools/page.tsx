import type { Metadata } from "next";
import Link from "next/link";
import { BASIS_LABEL, ConcentrationChart } from "@/components/panel/ConcentrationChart";
import { PoolStack } from "@/components/pools/PoolStack";
import { TableScroll } from "@/components/TableScroll";
import { formatCount, formatPercent } from "@/lib/analytics/format";
import { getStore } from "@/lib/bootstrap/instance";
import { addMonths, formatMonth, isMonth, monthRange } from "@/lib/core/month";
import { getPoolHistoryView } from "@/lib/queries/pool-history-view";
import "@/components/panel/panel.css";
import "@/components/panel/concentration.css";

export const dynamic = "force-dynamic";
export const metadata: Metadata = { title: "Mining pools over time — Hashrate Atlas" };

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

const pct = (x: number) => formatPercent(Math.round(x * 1000) / 1000);

/**
 * Pool concentration for every month with pool data: the Nakamoto coefficient and HHI with the
 * selected month (`?m=`) marked, the largest pools' shares stacked, and each month's source and
 * basis. Shares of blocks estimate shares of hashrate; unknown blocks are kept apart.
 */
export default async function PoolsPage({ searchParams }: Props) {
  const view = await getPoolHistoryView((await getStore()).db);
  const first = view.series[0]?.month;
  const last = view.series.at(-1)?.month;
  const raw = (await searchParams).m;
  const month =
    typeof raw === "string" && isMonth(raw) && view.series.some((p) => p.month === raw)
      ? raw
      : (last ?? "");
  const months =
    first && last ? monthRange(first, last).map((m) => ({ month: m, method: null })) : [];
  const p = view.series.find((x) => x.month === month);
  return (
    <main className="page">
      <header className="masthead">
        <h1>Mining pools over time</h1>
        <p>
          How concentrated block production is, month by month: the fewest pools holding over half
          of the month's blocks (Nakamoto coefficient) and the HHI (0–10,000). A share of blocks is
          an <strong>estimate of hashrate share</strong> (±0.7 points for a 30 % pool in a month);
          blocks no rule attributes are unknown and kept apart. Pools are not places: their miners
          may be anywhere. <Link href={`/?m=${month}`}>This month on the map</Link> ·{" "}
          <Link href="/methods#pools-over-time">How it is made</Link>
        </p>
      </header>
      {p ? (
        <section aria-labelledby="month-heading" className="concentration">
          <h2 id="month-heading">{formatMonth(month)}</h2>
          <nav aria-label="Month" className="small">
            {view.series.some((x) => x.month === addMonths(month, -1)) ? (
              <Link href={`/pools?m=${addMonths(month, -1)}`}>
                ← {formatMonth(addMonths(month, -1))}
              </Link>
            ) : null}{" "}
            {view.series.some((x) => x.month === addMonths(month, 1)) ? (
              <Link href={`/pools?m=${addMonths(month, 1)}`}>
                {formatMonth(addMonths(month, 1))} →
              </Link>
            ) : null}
          </nav>
          <p className="figures">
            <span>
              <b>{p.nakamoto ?? "—"}</b> pools hold over half the blocks (Nakamoto coefficient)
            </span>
            <span>
              <b>{formatCount(Math.round(p.hhi))}</b> HHI
            </span>
          </p>
          <p className="small">
            Source: {p.source}; basis: {BASIS_LABEL[p.basis]}
            {p.blocks === null ? "" : `, ${formatCount(p.blocks)} blocks`}; {pct(p.coverage)}{" "}
            attributed to {p.pools} named pools, {pct(1 - p.coverage)} unknown.
          </p>
          <ConcentrationChart months={months} series={view.series} month={month} />
        </section>
      ) : (
        <p className="gap">No pool data has been stored yet.</p>
      )}
      <section aria-labelledby="stack-heading">
        <h2 id="stack-heading">The largest pools' shares of blocks</h2>
        <PoolStack view={view} month={month} />
      </section>
      <section aria-labelledby="table-heading">
        <h2 id="table-heading">Every month, with its source and basis</h2>
        <p className="small">
          Download: <a href="/api/v1/pools/concentration?format=csv">CSV</a> ·{" "}
          <a href="/api/v1/pools/concentration">JSON</a> · a month's pools:{" "}
          <a href={`/api/v1/pools?month=${month}`}>/api/v1/pools?month={month}</a>
        </p>
        <TableScroll label="Pool concentration by month">
          <table className="conc-table">
            <caption className="small">
              One source and one basis per month, never mixed. Coverage: the share of blocks by
              named pools.
            </caption>
            <thead>
              <tr>
                <th scope="col">Month</th>
                <th scope="col">Nakamoto</th>
                <th scope="col">HHI</th>
                <th scope="col">Blocks</th>
                <th scope="col">Unknown</th>
                <th scope="col">Source</th>
                <th scope="col">Basis</th>
              </tr>
            </thead>
            <tbody>
              {view.series.map((x) => (
                <tr key={x.month} aria-current={x.month === month ? "true" : undefined}>
                  <th scope="row">
                    <Link href={`/pools?m=${x.month}`}>{formatMonth(x.month)}</Link>
                  </th>
                  <td>{x.nakamoto ?? "—"}</td>
                  <td>{formatCount(Math.round(x.hhi))}</td>
                  <td>{x.blocks === null ? "—" : formatCount(x.blocks)}</td>
                  <td>{pct(1 - x.coverage)}</td>
                  <td>{x.source}</td>
                  <td>{BASIS_LABEL[x.basis]}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </TableScroll>
      </section>
    </main>
  );
}
