"use client";
import { formatMw } from "@/lib/analytics/format";
import { capacityByCountry, type SiteState } from "@/lib/analytics/site-state";
import type { TimelineMonth } from "@/lib/analytics/view-shape";
import { formatMonth } from "@/lib/core/month";
import { useCapacity } from "../hooks/useCapacity";
import { CapacityChart } from "./CapacityChart";
import "./panel.css";

// The browser's own English country names: no list to load, and "MW 0.05 MW" (Malawi) read badly.
const REGION = new Intl.DisplayNames(["en"], { type: "region" });
const countryName = (iso2: string) => REGION.of(iso2) ?? iso2;

/**
 * The bottom-up trend: energized capacity disclosed for known sites in the chosen Global South
 * definition, month by month — with the month's count, and said plainly to be disclosure, not share.
 */
export default function SitesPanel(props: {
  month: string;
  definition: { id: string; shortName: string };
  members: ReadonlySet<string>;
  /** Known sites at the month; undefined while the facts load. */
  sites: readonly SiteState[] | undefined;
  months: readonly TimelineMonth[];
}) {
  const capacity = useCapacity(props.definition.id).data;
  const inGroup = (props.sites ?? []).filter((s) => props.members.has(s.country));
  const byCountry = capacityByCountry(inGroup);
  const energized = byCountry.reduce((s, c) => s + c.energizedMw, 0);
  const building = byCountry.reduce((s, c) => s + c.underConstructionMw, 0);
  const countries = byCountry.filter((c) => c.energizedMw > 0).slice(0, 5);
  return (
    <section aria-labelledby="sites-heading" className="sites-panel">
      <h2 id="sites-heading">Known mining sites in the Global South (disclosure, not share)</h2>
      <p className="small">
        {props.sites === undefined
          ? "Loading the known sites…"
          : `${formatMonth(props.month)}: ${inGroup.length} known sites in the ${props.definition.shortName} Global South, ${formatMw(energized)} energized and ${formatMw(building)} under construction as disclosed${countries.length > 0 ? ` (${countries.map((c) => `${countryName(c.country)} ${formatMw(c.energizedMw)}`).join(", ")})` : ""}.`}
      </p>
      {capacity ? (
        <CapacityChart
          months={props.months}
          series={capacity.series}
          month={props.month}
          label={`the Global South (${props.definition.shortName})`}
        />
      ) : null}
      <p className="small">
        Most mining is never announced; MW mixes contracted, nameplate and energized capacity.{" "}
        <a href="/methods#sites">What the sites data is and is not</a>.
      </p>
    </section>
  );
}
