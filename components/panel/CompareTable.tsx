import { formatPercent, formatPoints } from "@/lib/analytics/format";
import type { ComparedCountry } from "@/lib/analytics/view-shape";
import { formatMonth } from "@/lib/core/month";

/**
 * Two months side by side per country. A difference is given only where both months come from
 * the same source and method and both name the country; otherwise the table says why not.
 */
export function CompareTable({
  rows,
  a,
  b,
  sources,
}: {
  rows: readonly ComparedCountry[];
  a: string;
  b: string;
  /** The source (and method) of each month, and whether they are the same. */
  sources: { a: string; b: string; comparable: boolean };
}) {
  const notComparable = `not comparable: ${sources.a} vs ${sources.b}`;
  return (
    <table className="shares compare">
      <caption>
        Share of hashrate by country, {formatMonth(a)} compared with {formatMonth(b)}.{" "}
        {sources.comparable
          ? `Both months: ${sources.b}.`
          : `Different sources (${formatMonth(a)}: ${sources.a}; ${formatMonth(b)}: ${sources.b}), so no per-country difference is computed.`}
      </caption>
      <thead>
        <tr>
          <th scope="col">Country</th>
          <th scope="col" className="num">
            {formatMonth(a)}
          </th>
          <th scope="col" className="num">
            {formatMonth(b)}
          </th>
          <th scope="col" className="num">
            Difference
          </th>
        </tr>
      </thead>
      <tbody>
        {rows.map((r) => (
          <tr key={r.country ?? r.name}>
            <th scope="row">{r.name}</th>
            <td className="num">{r.a === null ? "not named" : formatPercent(r.a)}</td>
            <td className="num">{r.b === null ? "not named" : formatPercent(r.b)}</td>
            <td className="num">
              {r.diff !== null
                ? formatPoints(r.diff)
                : !sources.comparable
                  ? notComparable
                  : "not named in both"}
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
