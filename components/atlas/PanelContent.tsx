"use client";
import { lazy, memo, Suspense, useMemo } from "react";
import { formatRange } from "@/lib/analytics/range";
import type { TimelineMonth } from "@/lib/analytics/view-shape";
import { addMonths, formatMonth } from "@/lib/core/month";
import type { Definition } from "@/lib/geo/definition-schema";
import type { LayerSet, ViewState } from "@/lib/url-state/view-state";
import { Concentration } from "../panel/Concentration";
import { DefinitionComparison } from "../panel/DefinitionComparison";
import { copyWithContext } from "../panel/figure-copy";
import { GlobalSouthHeadline } from "../panel/GlobalSouthHeadline";
import { GsChart } from "../panel/GsChart";
import { NodeEvidence } from "../panel/NodeEvidence";
import { Provenance } from "../panel/Provenance";
import { TopCountries } from "../panel/TopCountries";
import { ViewControls } from "../panel/ViewControls";
import { usePinnedHref } from "./location";
import { SidePanel } from "./SidePanel";
import type { useAtlasData } from "./useAtlasData";
import { regionName } from "./useEstimate";
import { useMounted } from "./useMounted";

// Loaded when a country is first chosen: the card, its chart and its evidence stay out of the
// page's first-load JavaScript (see scripts/bench/first-load.ts).
const CountryPanel = lazy(() => import("../panel/CountryPanel"));
// Loaded once the page is interactive: sharing, images, citation and downloads sit at the end of
// the panel, and their code stays out of the first load.
const SharePanel = lazy(() => import("../panel/SharePanel"));
// The disclosed-capacity chart: below the fold, loaded once the page is interactive.
const SitesPanel = lazy(() => import("../panel/SitesPanel"));
// Loaded when comparing: the comparison that leads the panel then.
const ComparePanel = lazy(() => import("../panel/ComparePanel"));

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
}) {
  const { month, update, data: d, definitions, members, months } = props;
  const mounted = useMounted();
  const state = props;
  const definition = definitions.find((x) => x.id === state.definition) ?? definitions[0];
  const dataMonths = useMemo(
    () => months.filter((m) => m.method !== null).map((m) => m.month),
    [months],
  );
  const point = d.gs?.series.find((p) => p.month === month) ?? null;
  const iso = state.country;
  const countryShare = iso ? (d.byCountry?.get(iso) ?? null) : null;
  const sourceName = point
    ? (d.gs?.sources.find((s) => s.id === point.source)?.name ?? null)
    : null;
  const countryName = iso
    ? (countryShare?.name ??
      d.nodes?.countries.find((c) => c.country === iso)?.name ??
      regionName(iso))
    : null;
  // A copied figure names the link to its month (pinned), not the address bar's default.
  const href = usePinnedHref({ month, country: iso });
  const copyFigure = copyWithContext(() =>
    point
      ? `Global South share of Bitcoin hashrate, ${formatMonth(month)}, ${definition?.name ?? ""}: ${formatRange(point)} (${point.method}; source: ${sourceName ?? point.source}${d.shares?.month === month ? `, licence ${d.shares.source.licence}` : ""}). Hashrate Atlas, ${href}`
      : null,
  );
  const headline = (
    <GlobalSouthHeadline
      month={month}
      point={point}
      definition={{ name: definition?.name ?? "", definedBy: definition?.definedBy ?? "" }}
      sourceName={sourceName}
    />
  );
  const quotable = <div onCopy={copyFigure}>{headline}</div>;
  // Comparing, the panel opens on the difference between the two chosen months.
  const top = state.compare ? (
    <>
      <Suspense fallback={<p className="small">Loading the comparison…</p>}>
        <ComparePanel
          month={month}
          compare={state.compare}
          shares={d.shares?.month === month ? d.shares : null}
          compared={d.compared}
          gsChange={props.gsChange}
        />
      </Suspense>
      {quotable}
    </>
  ) : (
    quotable
  );
  return (
    <SidePanel headline={top} country={iso}>
      {iso ? (
        <Suspense fallback={<p className="small">Loading the country…</p>}>
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
            onClose={() => update({ country: null })}
          />
        </Suspense>
      ) : null}
      <GsChart
        months={months}
        series={d.gs?.series ?? []}
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
      {state.compare ? null : (
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
