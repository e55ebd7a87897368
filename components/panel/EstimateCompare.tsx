import {
  formatIntervalChange,
  intervalChange,
  noIntervalChange,
} from "@/lib/analytics/estimate/change";
import { globalSouthEstimate, type MonthEstimate } from "@/lib/analytics/estimate/model";
import { formatMonth } from "@/lib/core/month";
import { rangeText, regionName } from "../atlas/estimate-text";
import { estimateChangeText } from "../atlas/estimate-view";
import { gsRangeText } from "./EstimatedHeadline";
import "./estimate-panel.css";

const SHOWN = 6;

/**
 * Comparing two months that both show the estimate (same method, same assumptions): each change
 * is the interval difference of the two ranges, stated as a range — the Global South's first,
 * then the countries with the largest low ends in the later month.
 */
export function EstimateCompare({
  earlier,
  later,
  members,
}: {
  earlier: MonthEstimate;
  later: MonthEstimate;
  members: ReadonlySet<string>;
}) {
  const gsA = globalSouthEstimate(earlier, members);
  const gsB = globalSouthEstimate(later, members);
  const gsClosed = (g: typeof gsA) =>
    g.low !== null && g.high !== null
      ? { low: g.low, high: g.high, state: "range" as const }
      : null;
  const a = gsClosed(gsA);
  const b = gsClosed(gsB);
  const gsChange = a && b ? intervalChange(a, b) : null;
  const before = new Map(earlier.countries.map((c) => [c.iso, c]));
  return (
    <section className="estimate-compare" id="estimate-compare" aria-labelledby="est-cmp-heading">
      <h3 id="est-cmp-heading">
        Estimated from evidence: {formatMonth(earlier.month)} → {formatMonth(later.month)}
      </h3>
      <p id="estimate-compare-gs">
        Global South: {gsRangeText(gsA) ?? "no range"} → {gsRangeText(gsB) ?? "no range"}; change{" "}
        {gsChange
          ? formatIntervalChange(gsChange)
          : noIntervalChange(a, b, `in ${formatMonth(earlier.month)}`)}{" "}
        (interval difference, same assumptions).
      </p>
      <table className="estimate-top">
        <thead>
          <tr>
            <th scope="col">Country</th>
            <th scope="col">{formatMonth(earlier.month)}</th>
            <th scope="col">{formatMonth(later.month)}</th>
            <th scope="col">Change</th>
          </tr>
        </thead>
        <tbody>
          {later.countries.slice(0, SHOWN).map((c) => {
            const prev = before.get(c.iso) ?? null;
            return (
              <tr key={c.iso}>
                <th scope="row">{regionName(c.iso)}</th>
                <td className="num">{prev ? rangeText(prev) : "no evidence holds"}</td>
                <td className="num">{rangeText(c)}</td>
                <td className="num change">
                  {estimateChangeText(prev, c, `in ${formatMonth(earlier.month)}`)}
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </section>
  );
}
