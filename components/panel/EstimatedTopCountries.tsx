import type { MonthEstimate } from "@/lib/analytics/estimate/model";
import { formatMonth } from "@/lib/core/month";
import { rangeText, regionName } from "../atlas/estimate-text";
import { estimateChangeText } from "../atlas/estimate-view";
import { Badge } from "../MethodBadge";
import "./estimate-panel.css";

const SHOWN = 10;

/**
 * On a month that shows the estimate: the countries with the largest low ends, each with its range
 * and its change since the previous month as an interval difference (only when that month shows
 * the estimate too, on the same assumptions).
 */
export function EstimatedTopCountries({
  estimate,
  previous,
  members,
  onSelect,
}: {
  estimate: MonthEstimate;
  previous: MonthEstimate | null;
  members: ReadonlySet<string>;
  onSelect: (iso2: string) => void;
}) {
  if (estimate.countries.length === 0)
    return <p className="gap">{estimate.reason ?? "No country carries evidence this month."}</p>;
  const before = new Map(previous?.countries.map((c) => [c.iso, c]));
  return (
    <table className="estimate-top" id="estimate-top">
      <caption className="small">
        Estimated from evidence: the {SHOWN} largest low ends
        {previous
          ? `; change since ${formatMonth(previous.month)} as the interval difference of the two ranges (same assumptions)`
          : "; the previous month does not show the estimate, so no change is given"}
        .
      </caption>
      <thead>
        <tr>
          <th scope="col">Country</th>
          <th scope="col">Range</th>
          <th scope="col">Change</th>
        </tr>
      </thead>
      <tbody>
        {estimate.countries.slice(0, SHOWN).map((c) => (
          <tr key={c.iso}>
            <th scope="row">
              <button type="button" className="linkish" onClick={() => onSelect(c.iso)}>
                {regionName(c.iso)}
              </button>{" "}
              {members.has(c.iso) ? <Badge label="GS" className="gs-tag" /> : null}
            </th>
            <td className="num">{rangeText(c)}</td>
            <td className="num change">
              {previous ? estimateChangeText(before.get(c.iso) ?? null, c) : "—"}
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
