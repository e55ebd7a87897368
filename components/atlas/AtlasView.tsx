"use client";
import { useCallback, useMemo, useRef } from "react";
import { describeChange } from "@/lib/analytics/change";
import { globalSouthEstimate } from "@/lib/analytics/estimate/model";
import { formatDate } from "@/lib/analytics/format";
import {
  sharesByCountry,
  summarySentence,
  type TimelineMonth,
  unallocatedShare,
  withEstimatedMonths,
} from "@/lib/analytics/view-shape";
import { formatMonth } from "@/lib/core/month";
import type { NodesResponse } from "@/lib/responses/schemas";
import { serializeViewState } from "@/lib/url-state/serialize";
import type { MapView } from "@/lib/url-state/view-state";
import { useMonths } from "../hooks/useMonths";
import { MapCredits } from "../map/MapCredits";
import { gsRangeText } from "../panel/EstimatedHeadline";
import { EstimatePanel } from "../panel/EstimatePanel";
import { Timeline } from "../timeline/Timeline";
import { usePlayback } from "../timeline/usePlayback";
import { AtlasHeader } from "./AtlasHeader";
import type { AtlasProps } from "./atlas-props";
import { DataTable } from "./DataTable";
import { focusWhenShown } from "./focus-when-shown";
import { MapStage } from "./MapStage";
import { Notices } from "./Notices";
import { PanelContent } from "./PanelContent";
import { SkipLink } from "./SkipLink";
import { useAtlasData } from "./useAtlasData";
import { useEstimate } from "./useEstimate";
import { useSliderMonth } from "./useSliderMonth";
import "./atlas.css";
import { NO_NODE_SNAPSHOT } from "@/lib/analytics/node-rule";

/**
 * "Nodes: no snapshot within the node window of this month (newest earlier: 18 March 2022, Bitnodes…)",
 * and when a curated sample is drawn instead, that it is one.
 */
function nodeGapNote(nodes: NodesResponse | null): string | null {
  const older = nodes?.snapshot === null ? nodes.olderSnapshot : null;
  const gap = older
    ? `${NO_NODE_SNAPSHOT} (newest earlier: ${formatDate(older.timestamp)}, ${older.source.name}) — not shown`
    : NO_NODE_SNAPSHOT;
  if (nodes?.snapshot === null && nodes.sample)
    return `Drawn: ${nodes.sample.label}, ${formatDate(nodes.sample.timestamp)}. Nodes: ${gap}`;
  return older ? `Nodes: ${gap}` : null;
}

/** The legend's line for a monitor's per-country counts: what they are, and their month. */
function monitorNote(nodes: NodesResponse | null): string | null {
  const c = nodes?.countryCounts;
  if (!c) return null;
  const partial = c.partial ? ` (${c.partial})` : "";
  return `Node counts by country (hover a country): ${c.scope} — KIT DSN, monthly median${partial}`;
}

export function AtlasView({
  initial,
  notices,
  timeline,
  definitions,
  tileUrl,
  estimableMonths,
  chromeless = false,
}: Omit<AtlasProps, "fallback">) {
  const index = useMonths().data;
  const latest = index?.latest ?? null;
  const { slider, state, update, month, months, monthList, available, setMonth } = useSliderMonth(
    initial,
    timeline,
    index,
  );
  const live = month === latest;
  const shownMonthsRef = useRef<readonly TimelineMonth[]>([]);
  const selectCountry = useCallback((c: string) => update({ country: c }), [update]);
  // A country found by name opens with the focus on its card (its heading), a few Tabs from
  // "Full history for …".
  const findCountry = useCallback(
    (c: string) => {
      update({ country: c });
      focusWhenShown("#country-heading");
    },
    [update],
  );
  const setView = useCallback((v: MapView) => update({ view: v }), [update]);
  // Play passes quickly over months with neither stored shares nor an estimate (gaps).
  const hasData = useCallback(
    (m: string) => shownMonthsRef.current.some((x) => x.month === m && x.method !== null),
    [],
  );
  const playback = usePlayback(monthList, slider.cursor, setMonth, hasData);
  const definition = definitions.find((d) => d.id === state.definition) ?? definitions[0];
  const members = useMemo(() => new Set(definition?.members ?? []), [definition]);
  const d = useAtlasData(month, state.definition, state.compare, live, available);
  const method = months.find((m) => m.month === month)?.method ?? null;
  const est = useEstimate(month, method, state.assumptions, state.preferEstimate, available);
  // Until the evidence arrives, the server's list says whether the month has an estimate panel.
  const serverEstimable = useMemo(() => new Set(estimableMonths), [estimableMonths]);
  const panelShown = est.evidence ? est.estimable(month) : serverEstimable.has(month);
  // The slider's one-frame step reads the same estimate the render path draws.
  slider.estimateFor = est.estimateFor;
  const shownMonths = useMemo(
    () => withEstimatedMonths(months, est.estimable),
    [months, est.estimable],
  );
  shownMonthsRef.current = shownMonths;
  const storedMethodOf = useCallback(
    (m: string) => months.find((x) => x.month === m)?.method ?? null,
    [months],
  );
  const estimateView = useMemo(
    () => ({
      active: est.active,
      month: est.estimate,
      compute: est.compute,
      estimable: est.estimable,
      storedMethodOf,
      assumptions: state.assumptions,
      preferEstimate: state.preferEstimate,
    }),
    [
      est.active,
      est.estimate,
      est.compute,
      est.estimable,
      storedMethodOf,
      state.assumptions,
      state.preferEstimate,
    ],
  );
  const gsSources = d.gs?.sources;
  const sourceName = useCallback(
    (id: string) => gsSources?.find((s) => s.id === id)?.name ?? id,
    [gsSources],
  );
  const definitionName = definition?.shortName ?? state.definition;
  // A month that shows the estimate is summed up by the estimate, labelled as such: the header
  // must not say "no figure" above the estimated range the panel gives.
  const shownEstimate = est.active ? est.estimate : null;
  const sentence = useMemo(() => {
    if (!shownEstimate)
      return summarySentence(d.gs?.series ?? [], month, definitionName, sourceName);
    const gs = globalSouthEstimate(shownEstimate, members);
    const range = gsRangeText(gs);
    return range
      ? `Global South ${range} of hashrate in ${formatMonth(month)} (${definitionName} definition), estimated from evidence (${gs.members} member ${gs.members === 1 ? "country carries" : "countries carry"} evidence), not measured.`
      : `No Global South figure for ${formatMonth(month)} (${definitionName} definition): ${(gs.reason ?? "the evidence gives no range").replace(/\.$/, "")}.`;
  }, [shownEstimate, members, d.gs?.series, month, definitionName, sourceName]);
  const gsChange = useMemo(() => {
    const a = d.gs?.series.find((p) => p.month === state.compare);
    const b = d.gs?.series.find((p) => p.month === month);
    if (!a || !b || a.month === b.month) return null;
    // Stated from the earlier month to the later one, whichever the slider shows.
    const [before, after] = a.month < b.month ? [a, b] : [b, a];
    return `${formatMonth(after.month)}, ${describeChange(before, after, sourceName)}`;
  }, [d.gs, state.compare, month, sourceName]);
  const { estimateFor } = est;
  const compareEstimate = useMemo(
    () => (state.compare ? estimateFor(state.compare) : null),
    [state.compare, estimateFor],
  );
  const compareSide = useMemo(
    () =>
      state.compare && compareEstimate
        ? { month: state.compare, method: "estimated", shares: compareEstimate, unallocated: null }
        : state.compare
          ? {
              month: state.compare,
              method: d.compared?.method ?? null,
              shares: d.compared ? sharesByCountry(d.compared.rows) : null,
              unallocated: d.compared ? unallocatedShare(d.compared.rows) : null,
            }
          : null,
    [state.compare, d.compared, compareEstimate],
  );

  // The map and its timeline: the whole of the embed, the left column of the full page.
  const stage = (
    <>
      <MapStage
        main={
          est.active
            ? { month, method: "estimated", shares: est.shares, unallocated: null }
            : { month, method, shares: d.byCountry, unallocated: d.unallocated }
        }
        estimated={est.active}
        compare={compareSide}
        members={members}
        definitionName={definition?.shortName ?? ""}
        layers={state.layers}
        selected={state.country}
        nodeCounts={d.nodeCounts}
        monitorCounts={d.monitorCounts}
        monitorNote={monitorNote(d.nodes)}
        nodeDate={d.nodes?.snapshot?.timestamp.slice(0, 10) ?? null}
        nodeGapNote={nodeGapNote(d.nodes)}
        nodes={d.nodeFrame}
        pools={d.poolFrame}
        sites={d.siteFrame}
        poolServers={d.pools?.servers.length ?? 0}
        view={state.view}
        tileUrl={tileUrl}
        onSelect={selectCountry}
        onViewChange={setView}
        slider={slider}
        timeline={
          <Timeline
            months={shownMonths}
            cursor={slider.cursor}
            onChange={setMonth}
            playing={playback.playing}
            onTogglePlay={playback.toggle}
          />
        }
      />
      {/* The embed is map and timeline: the estimate's controls are the full view's. */}
      {chromeless ? null : (
        <EstimatePanel
          month={month}
          estimate={est.estimate}
          active={est.active}
          estimable={panelShown}
          storedMethod={method}
          assumptions={state.assumptions}
          preferEstimate={state.preferEstimate}
          country={state.country}
          members={members}
          definitionName={definition?.shortName ?? state.definition}
          update={update}
        />
      )}
      <MapCredits />
    </>
  );

  if (chromeless) {
    // The embeddable variant (/embed): map and timeline only, with the attribution the map
    // carries and a link to the full view.
    const full = `/${serializeViewState(state, latest)}`;
    return (
      <div className="atlas atlas-embed">
        {stage}
        <p className="embed-credit">
          <a href={full} target="_blank" rel="noopener">
            Hashrate Atlas
          </a>{" "}
          — {sentence}
        </p>
      </div>
    );
  }

  return (
    <div className="atlas">
      <SkipLink />
      {/* The first screen: on a phone it fills the screen above the collapsed sheet. */}
      <div className="first-screen">
        <AtlasHeader
          sentence={sentence}
          newest={index?.newest ?? null}
          live={live}
          lastChanged={d.lastChanged}
          loading={!d.sharesCurrent}
          errors={d.errors}
          onFindCountry={findCountry}
        />
        <Notices notices={notices} />
        <div className="atlas-main">
          <div className="map-column">{stage}</div>
          <PanelContent
            month={month}
            definition={state.definition}
            layers={state.layers}
            compare={state.compare}
            country={state.country}
            update={update}
            data={d}
            definitions={definitions}
            members={members}
            months={months}
            gsChange={gsChange}
            estimate={estimateView}
            cursor={slider.cursor}
          />
        </div>
      </div>
      <DataTable
        month={month}
        compare={state.compare}
        shares={d.shares}
        compared={d.compared}
        members={members}
        gsChange={gsChange}
      />
    </div>
  );
}
