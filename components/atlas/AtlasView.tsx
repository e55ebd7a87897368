"use client";
import { startTransition, useCallback, useDeferredValue, useMemo, useRef } from "react";
import { useSWRConfig } from "swr";
import type { MapView } from "@/app/search-params";
import { serializeViewState } from "@/app/search-params";
import {
  sharesByCountry,
  summarySentence,
  timelineMonths,
  unallocatedShare,
} from "@/lib/analytics/view-shape";
import type { SharesResponse } from "@/lib/api/schemas";
import { KEYS } from "../hooks/fetcher";
import { useMonths } from "../hooks/useMonths";
import type { FastRestyle } from "../map/ChoroplethLayer";
import { Timeline } from "../timeline/Timeline";
import { usePlayback } from "../timeline/usePlayback";
import type { AtlasProps } from "./Atlas";
import { AtlasHeader } from "./AtlasHeader";
import { DataTable } from "./DataTable";
import { MapStage } from "./MapStage";
import { Notices } from "./Notices";
import { PanelContent } from "./PanelContent";
import { useAtlasData } from "./useAtlasData";
import { usePrefetchMonths } from "./usePrefetchMonths";
import { useViewState } from "./useViewState";

/** Runs `fn` once the next frame has been painted (rAF fires before paint; a task after it, after). */
function afterNextPaint(fn: () => void): void {
  requestAnimationFrame(() => setTimeout(fn, 0));
}

export function AtlasView({
  initial,
  notices,
  timeline,
  definitions,
  tileUrl,
  chromeless = false,
}: Omit<AtlasProps, "fallback">) {
  const index = useMonths().data;
  const latest = index?.latest ?? null;
  const [state, update] = useViewState(initial, timeline, latest);
  const month = state.month ?? latest ?? timeline.last;
  const live = month === latest;
  const months = useMemo(
    () => timelineMonths(index?.series ?? [], timeline.last),
    [index, timeline.last],
  );
  const monthList = useMemo(() => months.map((m) => m.month), [months]);
  usePrefetchMonths(useMemo(() => index?.months ?? [], [index]));
  const available = useMemo(() => (index ? new Set(index.months) : null), [index]);
  const fastPath = useRef<FastRestyle | null>(null);
  const { cache } = useSWRConfig();
  // A step restyles the map at once from the cache (the shares of every month are prefetched);
  // the rest of the page re-renders after that frame is on screen, as an interruptible transition.
  const setMonth = useCallback(
    (m: string) => {
      const gap = available !== null && !available.has(m);
      const entry = cache.get(KEYS.shares(m)) as { data?: SharesResponse | null } | undefined;
      const cached = gap ? null : entry?.data;
      if (cached !== undefined) fastPath.current?.(cached ? sharesByCountry(cached.rows) : null, m);
      afterNextPaint(() => startTransition(() => update({ month: m })));
    },
    [available, cache, update],
  );
  const selectCountry = useCallback((c: string) => update({ country: c }), [update]);
  const setView = useCallback((v: MapView) => update({ view: v }), [update]);
  const playback = usePlayback(monthList, month, setMonth);
  const definition = definitions.find((d) => d.id === state.definition) ?? definitions[0];
  const members = useMemo(() => new Set(definition?.members ?? []), [definition]);
  // The map and the slider follow every step; the header, panel and table follow the deferred
  // month, which React renders after the frame showing the step has been painted.
  const d = useAtlasData(month, state.definition, state.compare, live, available);
  const deferred = useDeferredValue(month);
  const pd = useAtlasData(
    deferred,
    state.definition,
    state.compare,
    deferred === latest,
    available,
  );
  const method = months.find((m) => m.month === month)?.method ?? null;
  const sentence = summarySentence(
    pd.gs?.series ?? [],
    deferred,
    definition?.shortName ?? state.definition,
  );
  const compareSide = useMemo(
    () =>
      state.compare
        ? {
            month: state.compare,
            method: d.compared?.method ?? null,
            shares: d.compared ? sharesByCountry(d.compared.rows) : null,
            unallocated: d.compared ? unallocatedShare(d.compared.rows) : null,
          }
        : null,
    [state.compare, d.compared],
  );

  // The map and its timeline: the whole of the embed, the left column of the full page.
  const stage = (
    <>
      <MapStage
        main={{ month, method, shares: d.byCountry, unallocated: d.unallocated }}
        compare={compareSide}
        members={members}
        definitionName={definition?.shortName ?? ""}
        layers={state.layers}
        selected={state.country}
        nodeCounts={d.nodeCounts}
        nodeDate={d.nodes?.snapshot?.timestamp.slice(0, 10) ?? null}
        locations={d.locations}
        pools={d.pools}
        view={state.view}
        tileUrl={tileUrl}
        onSelect={selectCountry}
        onViewChange={setView}
        fastPath={fastPath}
      />
      <Timeline
        months={months}
        month={month}
        onChange={setMonth}
        playing={playback.playing}
        onTogglePlay={playback.toggle}
      />
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
      <AtlasHeader
        sentence={sentence}
        live={live}
        lastChanged={pd.lastChanged}
        loading={!pd.sharesCurrent}
        errors={pd.errors}
      />
      <Notices notices={notices} />
      <div className="atlas-main">
        <div className="map-column">{stage}</div>
        <PanelContent
          month={deferred}
          definition={state.definition}
          layers={state.layers}
          compare={state.compare}
          country={state.country}
          update={update}
          data={pd}
          definitions={definitions}
          members={members}
          months={months}
        />
      </div>
      <DataTable
        month={deferred}
        compare={state.compare}
        shares={pd.shares}
        compared={pd.compared}
        members={members}
      />
    </div>
  );
}
