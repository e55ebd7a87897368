import { formatPercent, formatPoints } from "@/lib/analytics/format";
import type { ComparedCountry } from "@/lib/analytics/view-shape";
import { formatMonth } from "@/lib/core/month";

/** One month's column: which month, and which side of a compared row holds it. */
interface Column {
  month: string;
  side: "a" | "b";
}

/**
 * The two months in the order the maps show them (the slider's month on the left, the compared
 * one on the right), whichever is earlier; `a` and `b` of the rows stay earlier and later.
 */
export function compareColumns(month: string, compare: string): [Column, Column] {
  const earlierIsMonth = month <= compare;
  return [
    { month, side: earlierIsMonth ? "a" : "b" },
    { month: compare, side: earlierIsMonth ? "b" : "a" },
  ];
}

/**
 * Two months side by side per country, in the maps' order. A difference (from the earlier month
 * to the later) is given only where both months come from the same source and method; across
 * sources the caption says once why there is none, and the table has no difference column.
 */
export function CompareTable({
  rows,
  a,
  b,
  columns,
  sources,
}: {
  /** `a` the earlier month's share, `b` the later's, `diff` = b − a (view-shape's compareShares). */
  rows: readonly ComparedCountry[];
  a: string;
  b: string;
  columns: [Column, Column];
  /** The source (and method) of each month, and whether they are the same. */
  sources: { a: string; b: string; comparable: boolean };
}) {
  const cell = (r: ComparedCountry, side: "a" | "b") => {
    const v = side === "a" ? r.a : r.b;
    return v === null ? "not named" : formatPercent(v);
  };
  return (
    <table className="shares compare">
      <caption>
        Share of hashrate by country, {formatMonth(columns[0].month)} and{" "}
        {formatMonth(columns[1].month)}.{" "}
        {sources.comparable
          ? `Both months: ${sources.b}. Difference from ${formatMonth(a)} to ${formatMonth(b)}.`
          : `Not comparable country by country: ${formatMonth(a)} is from ${sources.a}, ${formatMonth(b)} from ${sources.b}, so no difference is computed.`}
      </caption>
      <thead>
        <tr>
          <th scope="col">Country</th>
          {columns.map((c) => (
            <th scope="col" className="num" key={c.month}>
              {formatMonth(c.month)}
            </th>
          ))}
          {sources.comparable ? (
            <th scope="col" className="num">
              Difference
            </th>
          ) : null}
        </tr>
      </thead>
      <tbody>
        {rows.map((r) => (
          <tr key={r.country ?? r.name}>
            <th scope="row">{r.name}</th>
            <td className="num">{cell(r, columns[0].side)}</td>
            <td className="num">{cell(r, columns[1].side)}</td>
            {sources.comparable ? (
              <td className="num">
                {r.diff !== null ? formatPoints(r.diff) : "not named in both"}
              </td>
            ) : null}
          </tr>
        ))}
      </tbody>
    </table>
  );
}
