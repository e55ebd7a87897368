import type { GlobalSouthEstimate } from "@/lib/analytics/estimate/model";
import { describeAssumptions } from "@/lib/core/assumption-params";
import type { Assumptions } from "@/lib/core/assumptions";
import { formatMonth } from "@/lib/core/month";
import { MethodBadge } from "../MethodBadge";
import "./panel.css";

const pct = (s: number) => `${(s * 100).toFixed(1)} %`;

/** "12.3 %–48.0 %", or "at least 12.3 %" when every non-member's low is unknown: the range only. */
export function gsRangeText(gs: Pick<GlobalSouthEstimate, "low" | "high">): string | null {
  if (gs.low === null || gs.high === null) return null;
  return `${pct(gs.low)}–${pct(gs.high)}`;
}

/**
 * The map panel's headline on a month that shows the estimate: the Global South's estimated
 * range, labelled as such, with the assumptions it rests on and how many member countries carry
 * evidence — or the sentence that says why there is no range.
 */
export function EstimatedHeadline({
  month,
  estimate,
  gs,
  assumptions,
  definition,
}: {
  month: string;
  /** The month's network hashrate and efficiency band (a live estimate, or a frozen one). */
  estimate: {
    networkEhs: number | null;
    networkDays: number;
    efficiency: { label: string; assumed: string | null } | null;
  };
  gs: Pick<GlobalSouthEstimate, "low" | "high" | "members" | "conflicted" | "reason">;
  assumptions: Assumptions;
  definition: { name: string };
}) {
  const range = gsRangeText(gs);
  const eff = estimate.efficiency;
  return (
    <section className="stat stat-estimated" id="gs-estimate-headline">
      <h2>Global South share of hashrate</h2>
      <output className="stat-value" aria-label="Global South share, estimated from evidence">
        {range ?? "No estimate"}
      </output>
      <p className="stat-why">
        {range
          ? `Estimated from evidence, not measured: the low end sums the ranges' low ends of the ${gs.members} member ${gs.members === 1 ? "country" : "countries"} that carry evidence${gs.conflicted ? ` (${gs.conflicted} in conflict, not summed)` : ""}; the high end is what the other countries' low ends leave.`
          : (gs.reason ?? "No range this month.")}
      </p>
      <p className="stat-context">
        {formatMonth(month)} · {definition.name} · <MethodBadge method="estimated" />
      </p>
      <p className="small" id="gs-estimate-assumptions">
        Assumptions: {describeAssumptions(assumptions)}
        {eff ? ` (${eff.label}${eff.assumed ? `; ${eff.assumed}` : ""})` : ""}
        {estimate.networkEhs !== null
          ? `; network hashrate ${estimate.networkEhs.toFixed(1)} EH/s (mean of ${estimate.networkDays} daily values)`
          : ""}
        . Adjust them under the map.
      </p>
    </section>
  );
}
