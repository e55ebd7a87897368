import { formatPercent } from "@/lib/analytics/format";
import { foldNotNamed } from "@/lib/analytics/not-named-runs";
import { formatTenths } from "@/lib/analytics/range";
import type { TimelineMonth } from "@/lib/analytics/view-shape";
import { formatMonth } from "@/lib/core/month";
import type { CountryHistoryResponse } from "@/lib/responses/schemas";
import { MethodBadge } from "../MethodBadge";
import { NoShareEvidence } from "../panel/NoShareEvidence";
import { ShareChart } from "../panel/ShareChart";
import { TableScroll } from "../TableScroll";

/** The country's share of hashrate in every month with data: a chart, then the table behind it. */
export function ShareHistory({
  history,
  timeline,
  now,
}: {
  history: CountryHistoryResponse;
  timeline: readonly TimelineMonth[];
  now: string;
}) {
  const { name, series } = history;
  const named = series.flatMap((m) => (m.share === null ? [] : [{ ...m, share: m.share }]));
  const sourceName = new Map(history.sources.map((s) => [s.id, s.name]));
  return (
    <section aria-labelledby="share-heading">
      <h2 id="share-heading">Share of hashrate by month</h2>
      {named.length === 0 ? (
        <NoShareEvidence history={history} />
      ) : (
        <ShareChart
          months={timeline}
          series={named.map((m) => ({ ...m, source: sourceName.get(m.source) }))}
          month={named.at(-1)?.month ?? now}
          label={`${name}'s share of hashrate`}
        />
      )}
      <TableScroll label={`${name}'s share by month`}>
        <table className="shares">
          <caption>
            Months with country data; “not named” means the source gives no figure for {name} that
            month: its share lies somewhere between 0 and the hashrate that source names no country
            for — or less, where the source gives a figure for a group {name} is in.
          </caption>
          <thead>
            <tr>
              <th scope="col">Month</th>
              <th scope="col" className="num">
                Share
              </th>
              <th scope="col">Method</th>
              <th scope="col">Source</th>
              <th scope="col">Note</th>
            </tr>
          </thead>
          <tbody>
            {foldNotNamed(series).map((row) =>
              row.kind === "run" ? (
                <tr key={row.first} className="not-named-run">
                  <th scope="row">
                    {formatMonth(row.first)} – {formatMonth(row.last)} ({row.months.length} months)
                  </th>
                  <td className="num">
                    not named in any of them (0 up to {boundWords(row)} each month)
                    <details>
                      <summary>Each month's bound</summary>
                      <ul className="run-months">
                        {row.months.map((m) => (
                          <li key={m.month}>
                            {formatMonth(m.month)}: 0–{formatTenths(m.upTo ?? m.unattributed)} %
                          </li>
                        ))}
                      </ul>
                    </details>
                  </td>
                  <td>
                    <MethodBadge method={row.months[0]?.method ?? "measured"} />
                  </td>
                  <td>{sourceName.get(row.source) ?? row.source}</td>
                  <td className="note" />
                </tr>
              ) : (
                <MonthRow key={row.month.month} m={row.month} sourceName={sourceName} />
              ),
            )}
          </tbody>
        </table>
      </TableScroll>
    </section>
  );
}

type Month = CountryHistoryResponse["series"][number];

/** "2.2–14.8 %", or "9.7 %" when every month of the run has the same bound. */
function boundWords(run: { lowestBound: number; highestBound: number }): string {
  const low = formatTenths(run.lowestBound);
  const high = formatTenths(run.highestBound);
  return low === high ? `${low} %` : `${low}–${high} %`;
}

/** One month of the table: the share, or "not named" with the most the country can hold. */
function MonthRow({ m, sourceName }: { m: Month; sourceName: ReadonlyMap<string, string> }) {
  return (
    <tr key={m.month}>
      <th scope="row">{formatMonth(m.month)}</th>
      <td className="num">
        {m.share === null
          ? `not named (0–${formatTenths(m.upTo ?? m.unattributed)} %)`
          : formatPercent(m.share)}
        {m.share === null && m.boundedBy ? (
          <span className="conversion">bounded by the source's {m.boundedBy} figure</span>
        ) : null}
      </td>
      <td>
        <MethodBadge method={m.method} />
      </td>
      <td>{sourceName.get(m.source) ?? m.source}</td>
      <td className="note">{m.caveat ?? ""}</td>
    </tr>
  );
}
