import { formatPercent } from "@/lib/analytics/format";
import {
  globalSouthCell,
  NOT_NAMED_LABEL,
  NOT_NAMED_NOTE,
  notNamedShare,
} from "@/lib/analytics/share-table";
import { formatMonth } from "@/lib/core/month";
import type { ShareView } from "@/lib/queries/shares-view";

/** The month's shares as a table: the accessible, exact view of what the map will colour. */
export function ShareTable({ view, members }: { view: ShareView; members: ReadonlySet<string> }) {
  const uncovered = notNamedShare(view.rows);
  return (
    <table className="shares">
      <caption>
        Estimated share of Bitcoin hashrate by country, {formatMonth(view.month)} ({view.method};{" "}
        {view.basis})
      </caption>
      <thead>
        <tr>
          <th scope="col">Country</th>
          <th scope="col" className="num">
            Share
          </th>
          <th scope="col">Global South</th>
          <th scope="col">Note</th>
        </tr>
      </thead>
      <tbody>
        {view.rows.map((row) => (
          <tr key={row.label} data-country={row.country ?? "unallocated"}>
            <th scope="row">
              {row.country ? row.label.replace(/\s*\*$/, "") : row.label}
              {row.label.endsWith("*") ? <sup title={row.caveat ?? undefined}>*</sup> : null}
              {row.country ? <span className="iso"> {row.country}</span> : null}
            </th>
            <td className="num">{formatPercent(row.share)}</td>
            <td>{globalSouthCell(row.country, members)}</td>
            <td className="note">{row.caveat ?? ""}</td>
          </tr>
        ))}
        {uncovered !== null ? (
          <tr data-country="not-named">
            <th scope="row">{NOT_NAMED_LABEL}</th>
            <td className="num">{formatPercent(uncovered)}</td>
            <td>unknown</td>
            <td className="note">{NOT_NAMED_NOTE}</td>
          </tr>
        ) : null}
      </tbody>
    </table>
  );
}
