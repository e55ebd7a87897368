import { formatPercent } from "@/lib/analytics/format";
import { formatMonth } from "@/lib/core/month";
import type { ShareView } from "@/lib/queries/shares-view";

/** Rows sum to 99.98–100.02 % when a source covers everything; anything more is left out. */
const UNCOVERED_MIN = 0.0005;

/** The month's shares as a table: the accessible, exact view of what the map will colour. */
export function ShareTable({ view, members }: { view: ShareView; members: ReadonlySet<string> }) {
  const uncovered = 1 - view.rows.reduce((s, r) => s + r.share, 0);
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
        {uncovered > UNCOVERED_MIN ? (
          <tr data-country="not-named">
            <th scope="row">Not named by the source</th>
            <td className="num">{formatPercent(Math.round(uncovered * 1e5) / 1e5)}</td>
            <td>unknown</td>
            <td className="note">
              The source names no country for this hashrate: it is unknown, not zero, and could be
              anywhere.
            </td>
          </tr>
        ) : null}
      </tbody>
    </table>
  );
}
