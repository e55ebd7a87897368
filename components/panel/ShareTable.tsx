import { formatPercent } from "@/lib/analytics/format";
import { formatMonth } from "@/lib/analytics/month";
import type { ShareView } from "@/lib/analytics/shares-view";

/** The month's shares as a table: the accessible, exact view of what the map will colour. */
export function ShareTable({ view, members }: { view: ShareView; members: ReadonlySet<string> }) {
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
            <td>{row.country === null ? "—" : members.has(row.country) ? "yes" : "no"}</td>
            <td className="note">{row.caveat ?? ""}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
