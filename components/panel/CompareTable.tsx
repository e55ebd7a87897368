import { formatPercent, formatPoints } from "@/lib/analytics/format";
import { formatMonth } from "@/lib/analytics/month";
import type { ComparedCountry } from "@/lib/analytics/view-shape";

/** Two months side by side per country, with the difference where both name it. */
export function CompareTable({
  rows,
  a,
  b,
}: {
  rows: readonly ComparedCountry[];
  a: string;
  b: string;
}) {
  return (
    <table className="shares compare">
      <caption>
        Share of hashrate by country, {formatMonth(a)} compared with {formatMonth(b)}
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
            <td className="num">{r.a === null ? "—" : formatPercent(r.a)}</td>
            <td className="num">{r.b === null ? "—" : formatPercent(r.b)}</td>
            <td className="num">{r.diff === null ? "not comparable" : formatPoints(r.diff)}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
