"use client";
import { lazy, memo, Suspense, useCallback, useMemo } from "react";
import { globalSouthEstimate } from "@/lib/analytics/estimate/model";
import { formatRange } from "@/lib/analytics/range";
import type { TimelineMonth } from "@/lib/analytics/view-shape";
import { addMonths, formatMonth } from "@/lib/core/month";
import type { Definition } from "@/lib/geo/definition-schema";
import type { LayerSet, ViewState } from "@/lib/url-state/view-state";
import ComparePanel from "../panel/ComparePanel";
import { Concentration } from "../panel/Concentration";
import CountryPanel from "../panel/CountryPanel";
import { DefinitionComparison } from "../panel/DefinitionComparison";
import { EstimateCompare } from "../panel/EstimateCompare";
import { gsRangeText } from "../panel/EstimatedHeadline";
import { EstimatedTopCountries } from "../panel/EstimatedTopCountries";
import { copyWithContext } from "../panel/figure-copy";
import { GsChart } from "../panel/GsChart";
import { NodeEvidence } from "../panel/NodeEvidence";
import { Provenance } from "../panel/Provenance";
import { TopCountries } from "../panel/TopCountries";
import { ViewControls } from "../panel/ViewControls";
import type { MonthCursor } from "../timeline/month-cursor";
import {
  type EstimateView,
  estimateChangeText,
  previousEstimate,
  showsEstimate,
} from "./estimate-view";
import { headlineAt } from "./headline-at";
import { usePinnedHref } from "./location";
import { SidePanel } from "./SidePanel";
import { type EstimateAt, SliderHeadline } from "./SliderHeadline";
import type { useAtlasData } from "./useAtlasData";
import { regionName } from "./useEstimate";
import { useEstimatedSeries } from "./useEstimatedSeries";
import { useMounted } from "./useMounted";
// The lazy share panel's styles come with the page's: a stylesheet added later restyles the page.
import "../panel/share.css";

// Loaded once the page is interactive: sharing, images, citation and downloads sit at the end of
// the panel, and their code stays out of the first load.
const SharePanel = lazy(() => import("../panel/SharePanel"));
// The disclosed-capacity chart: below the fold, loaded once the page is interactive.
const SitesPanel = lazy(() => import("../panel/SitesPanel"));

/**
 * The side panel's contents, in reading order: headline, trend, controls, ranking, sources.
 * Memoised and fed the deferred month, so a slider step repaints the map first.
 */
export const PanelContent = memo(function PanelContent(props: {
  month: string;
  definition: string;
  layers: LayerSet;
  compare: string | null;
  country: string | null;
  update: (patch: Partial<ViewState>) => void;
  data: ReturnType<typeof useAtlasData>;
  definitions: Definition[];
  members: ReadonlySet<string>;
  months: readonly TimelineMonth[];
  /** In compare mode, the Global South change between the two months. */
  gsChange: string | null;
  estimate: EstimateView;
  /** The slider's month, which the headline figure follows during a drag. */
  cursor: MonthCursor;
}) {
  const { month, update, data: d, definitions, members, months, estimate: ev } = props;
  const mounted = useMounted();
  const state = props;
  const definition = definitions.find((x) => x.id === state.definition) ?? definitions[0];
  // Months to compare with: those a source covers and those the estimate covers.
  const dataMonths = useMemo(
    () => months.filter((m) => m.method !== null || ev.estimable(m.month)).map((m) => m.month),
    [months, ev.estimable],
  );
  const { point, sourceName } = headlineAt(d.gs, month);
  const iso = state.country;
  const countryShare = iso ? (d.byCountry?.get(iso) ?? null) : null;
  const countryName = iso
    ? (countryShare?.name ??
      d.nodes?.countries.find((c) => c.country === iso)?.name ??
      regionName(iso))
    : null;
  // A copied figure names the link to its month (pinned), not the address bar's default.
  const href = usePinnedHref({ month, country: iso });
  const shownEstimate = ev.active ? ev.month : null;
  const gsEstimate = useMemo(
    () => (shownEstimate ? globalSouthEstimate(shownEstimate, members) : null),
    [shownEstimate, members],
  );
  // The chart's estimated band: every estimable month, computed a slice at a time.
  const monthList = useMemo(() => months.map((m) => m.month), [months]);
  const estimatedSeries = useEstimatedSeries(monthList, ev.estimable, ev.compute, members);
  const previous = useMemo(() => {
    if (!shownEstimate) return null;
    const prev = addMonths(month, -1);
    return showsEstimate(ev, prev) ? ev.compute(prev) : null;
  }, [shownEstimate, month, ev]);
  const cardEstimate = useMemo(() => {
    if (!iso || !ev.month || !ev.estimable(month)) return null;
    const country = ev.month.countries.find((c) => c.iso === iso) ?? null;
    if (!ev.active) return { shown: false, country, change: null };
    const prev = previousEstimate(ev, month, iso);
    return {
      shown: true,
      country,
      change: prev ? { from: prev.month, text: estimateChangeText(prev.country, country) } : null,
    };
  }, [iso, ev, month]);
  const copyFigure = copyWithContext(() =>
    shownEstimate && gsEstimate
      ? `Global South share of Bitcoin hashrate, ${formatMonth(month)}, ${definition?.name ?? ""}: ${gsRangeText(gsEstimate) ?? "no estimate"} (estimated from evidence, ${gsEstimate.members} member countries carry evidence; not measured). Hashrate Atlas, ${href}`
      : point
        ? `Global South share of Bitcoin hashrate, ${formatMonth(month)}, ${definition?.name ?? ""}: ${formatRange(point)} (${point.method}; source: ${sourceName ?? point.source}${d.shares?.month === month ? `, licence ${d.shares.source.licence}` : ""}). Hashrate Atlas, ${href}`
        : null,
  );
  // The headline follows the slider during a drag, estimated months included.
  const estimateAt = useCallback<EstimateAt>(
    (m) => {
      if (!showsEstimate(ev, m)) return null;
      const estimate = ev.compute(m);
      const gs = estimate ? globalSouthEstimate(estimate, members) : null;
      return estimate && gs ? { estimate, gs } : null;
    },
    [ev, members],
  );
  // The exported animation draws the months the map shows the estimate for, as the map does.
  const exportEstimates = useMemo(
    () => ({
      shows: (m: string) => showsEstimate(ev, m),
      compute: ev.compute,
      assumptions: ev.assumptions,
    }),
    [ev],
  );
  const headline = (
    <SliderHeadline
      cursor={props.cursor}
      gs={d.gs}
      definition={{ name: definition?.name ?? "", definedBy: definition?.definedBy ?? "" }}
      estimateAt={estimateAt}
      assumptions={ev.assumptions}
    />
  );
  const quotable = <div onCopy={copyFigure}>{headline}</div>;
  // Both compared months estimated: their changes as interval differences, same assumptions.
  const estimateCompare = useMemo(() => {
    const other = state.compare;
    if (!other || !shownEstimate || !showsEstimate(ev, other)) return null;
    const o = ev.compute(other);
    if (!o) return null;
    return other < month
      ? { earlier: o, later: shownEstimate }
      : { earlier: shownEstimate, later: o };
  }, [state.compare, shownEstimate, ev, month]);
  // Comparing, the panel opens on the difference between the two chosen months.
  const top = state.compare ? (
    <>
      {estimateCompare ? (
        <EstimateCompare
          earlier={estimateCompare.earlier}
          later={estimateCompare.later}
          members={members}
        />
      ) : null}
      {/* Not lazy: the server renders it, and a lazy part still loading when the first data
          arrives would be thrown away and drawn again (the table vanished for a moment). */}
      <ComparePanel
        month={month}
        compare={state.compare}
        shares={d.shares?.month === month ? d.shares : null}
        compared={d.compared}
        gsChange={props.gsChange}
      />
      {quotable}
    </>
  ) : (
    quotable
  );
  return (
    <SidePanel headline={top} country={iso}>
      {iso ? (
        // Not lazy (6 KB): the server renders the card of a link's country, and a lazy card still
        // loading when the first data arrived was thrown away and drawn again, losing a click.
        <CountryPanel
          iso2={iso}
          name={
            countryShare?.name ?? d.nodes?.countries.find((c) => c.country === iso)?.name ?? null
          }
          month={month}
          method={d.shares?.method ?? null}
          share={countryShare}
          nodes={d.nodeCounts ? (d.nodeCounts.get(iso) ?? 0) : null}
          pools={d.pools}
          member={members.has(iso)}
          months={months}
          estimate={cardEstimate}
          onClose={() => update({ country: null })}
        />
      ) : null}
      <GsChart
        months={months}
        series={d.gs?.series ?? []}
        estimated={estimatedSeries}
        month={month}
        compare={state.compare}
        label={`the Global South's share of hashrate (${definition?.shortName ?? ""})`}
      />
      <DefinitionComparison
        month={month}
        shares={d.shares}
        definitions={definitions}
        selected={state.definition}
        onSelect={(id) => update({ definition: id })}
      />
      <ViewControls
        definitions={definitions}
        definition={state.definition}
        layers={state.layers}
        months={dataMonths}
        compare={state.compare}
        update={update}
      />
      {/* Comparing, the two months' differences lead the panel instead. */}
      {state.compare ? null : shownEstimate ? (
        <section aria-labelledby="top-heading">
          <h2 id="top-heading">Top countries, estimated from evidence</h2>
          <EstimatedTopCountries
            estimate={shownEstimate}
            previous={previous}
            members={members}
            onSelect={(c) => update({ country: c })}
          />
        </section>
      ) : (
        <section aria-labelledby="top-heading">
          <h2 id="top-heading">
            Top countries, change since the previous month (same source only)
          </h2>
          <TopCountries
            rows={d.top}
            members={members}
            previousMonth={addMonths(month, -1)}
            note={d.topNote}
            onSelect={(c) => update({ country: c })}
          />
        </section>
      )}
      {mounted ? (
        <Suspense fallback={<p className="small">Loading the known sites…</p>}>
          <SitesPanel
            month={month}
            definition={{ id: state.definition, shortName: definition?.shortName ?? "" }}
            members={members}
            sites={d.siteFrame}
            months={months}
          />
        </Suspense>
      ) : null}
      <Concentration
        pools={d.pools}
        concentration={d.concentration}
        month={month}
        months={months}
      />
      <NodeEvidence nodes={d.nodes} month={month} />
      <Provenance shares={d.shares} nodes={d.nodes} pools={d.pools} />
      {mounted ? (
        <Suspense fallback={<p className="small">Loading sharing and downloads…</p>}>
          <SharePanel
            month={month}
            definition={state.definition}
            definitionName={definition?.shortName ?? state.definition}
            definitionFull={{
              name: definition?.name ?? "",
              definedBy: definition?.definedBy ?? "",
            }}
            members={members}
            months={months}
            shares={d.shares}
            globalSouth={point}
            showSites={state.layers.sites}
            estimated={ev.active}
            estimate={ev.month}
            assumptions={ev.assumptions}
            estimates={exportEstimates}
            compare={state.compare}
            country={
              iso && countryName
                ? { iso, name: countryName, share: countryShare?.share ?? null }
                : null
            }
          />
        </Suspense>
      ) : null}
    </SidePanel>
  );
});
