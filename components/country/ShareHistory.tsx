import { formatPercent } from "@/lib/analytics/format";
import { formatTenths } from "@/lib/analytics/range";
import type { TimelineMonth } from "@/lib/analytics/view-shape";
import type { CountryHistoryResponse } from "@/lib/api/schemas";
import { formatMonth } from "@/lib/core/month";
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
            {series.map((m) => (
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
            ))}
          </tbody>
        </table>
      </TableScroll>
    </section>
  );
}
