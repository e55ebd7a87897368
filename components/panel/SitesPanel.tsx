"use client";
import { formatCount, formatMw } from "@/lib/analytics/format";
import { capacityByCountry, type SiteState } from "@/lib/analytics/site-state";
import { plural } from "@/lib/analytics/site-words";
import type { TimelineMonth } from "@/lib/analytics/view-shape";
import { builtOnce } from "@/lib/core/built-once";
import { formatMonth } from "@/lib/core/month";
import { useCapacity } from "../hooks/useCapacity";
import { CapacityChart } from "./CapacityChart";
import "./panel.css";

// The browser's own English country names: no list to load, and "MW 0.05 MW" (Malawi) read badly.
const REGION = builtOnce(() => new Intl.DisplayNames(["en"], { type: "region" }));
const countryName = (iso2: string) => REGION().of(iso2) ?? iso2;

/** The panel's sentence, every count from the same sites as the chart's month. */
export function sitesPanelSentence(
  month: string,
  definition: string,
  c: {
    sites: number;
    energizedSites: number;
    energizedMw: number;
    mwNotStated: number;
    notCounted: number;
    countries: string[];
  },
): string {
  const stated = c.energizedSites - c.mwNotStated;
  // MW summed over the energized sites that state it; a site that states none adds no "0 MW".
  const mw =
    c.energizedSites === 0
      ? ""
      : stated <= 0
        ? c.energizedSites === 1
          ? ", its MW not stated"
          : ", none of them with MW stated"
        : `${c.mwNotStated > 0 ? `, ${c.mwNotStated} of them with MW not stated` : ""}; ${
            c.energizedMw > 0
              ? `${formatMw(c.energizedMw)} stated as used for mining${c.countries.length > 0 ? ` (${c.countries.join(", ")})` : ""}`
              : "none states the MW it uses for mining"
          }`;
  const left =
    c.notCounted > 0
      ? ` ${plural(c.notCounted, "more is", "more are")} shown but not counted (last reported over two years ago, or of low confidence).`
      : "";
  return `${formatMonth(month)}: ${plural(c.sites, "known site")} counted in the ${definition} Global South, ${formatCount(c.energizedSites)} energized${mw}.${left}`;
}

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
  const sum = (pick: (c: (typeof byCountry)[number]) => number) =>
    byCountry.reduce((s, c) => s + pick(c), 0);
  const countries = byCountry.filter((c) => c.energizedMw > 0).slice(0, 5);
  return (
    <section aria-labelledby="sites-heading" className="sites-panel">
      <h2 id="sites-heading">Known mining sites in the Global South (disclosure, not share)</h2>
      <p className="small">
        {props.sites === undefined
          ? "Loading the known sites…"
          : sitesPanelSentence(props.month, props.definition.shortName, {
              sites: sum((c) => c.sites),
              energizedSites: sum((c) => c.energizedSites),
              energizedMw: sum((c) => c.energizedMw),
              mwNotStated: sum((c) => c.mwNotStated),
              notCounted: sum((c) => c.notCounted),
              countries: countries.map(
                (c) => `${countryName(c.country)} ${formatMw(c.energizedMw)}`,
              ),
            })}
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
        Most mining is never announced; only MW stated as used for mining are summed, sites last
        reported over two years ago and low-confidence facts are left out, and plans are never
        summed. <a href="/methods#sites">What the sites data is and is not</a>.
      </p>
    </section>
  );
}
