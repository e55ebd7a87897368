"use client";
import { useCallback, useMemo } from "react";
import { formatMonth } from "@/lib/analytics/month";
import {
  compareShares,
  sharesByCountry,
  summarySentence,
  timelineMonths,
  unallocatedShare,
} from "@/lib/analytics/view-shape";
import { useMonths } from "../hooks/useMonths";
import { CompareTable } from "../panel/CompareTable";
import { ShareTable } from "../panel/ShareTable";
import { Timeline } from "../timeline/Timeline";
import { usePlayback } from "../timeline/usePlayback";
import type { AtlasProps } from "./Atlas";
import { LiveStatus } from "./LiveStatus";
import { MapStage } from "./MapStage";
import { Notices } from "./Notices";
import { PanelContent } from "./PanelContent";
import { useAtlasData } from "./useAtlasData";
import { usePrefetchMonths } from "./usePrefetchMonths";
import { useViewState } from "./useViewState";

export function AtlasView({
  initial,
  notices,
  timeline,
  definitions,
  tileUrl,
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
  const setMonth = useCallback((m: string) => update({ month: m }), [update]);
  const playback = usePlayback(monthList, month, setMonth);
  const definition = definitions.find((d) => d.id === state.definition) ?? definitions[0];
  const members = useMemo(() => new Set(definition?.members ?? []), [definition]);
  const available = useMemo(() => (index ? new Set(index.months) : null), [index]);
  const d = useAtlasData(month, state.definition, state.compare, live, available);
  const method = months.find((m) => m.month === month)?.method ?? null;
  const sentence = summarySentence(
    d.gs?.series ?? [],
    month,
    definition?.shortName ?? state.definition,
  );
  const compared =
    state.compare && d.shares && d.compared ? compareShares(d.compared.rows, d.shares.rows) : null;
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

  return (
    <div className="atlas">
      <header className="topbar">
        <div>
          <h1>Hashrate Atlas</h1>
          <p className="summary">{sentence}</p>
        </div>
        <LiveStatus
          live={live}
          lastChanged={d.lastChanged}
          loading={!d.sharesCurrent}
          errors={d.errors}
        />
      </header>
      <Notices notices={notices} />
      <div className="atlas-main">
        <div className="map-column">
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
            onSelect={(c) => update({ country: c })}
            onViewChange={(v) => update({ view: v })}
          />
          <Timeline
            months={months}
            month={month}
            onChange={setMonth}
            playing={playback.playing}
            onTogglePlay={playback.toggle}
          />
        </div>
        <PanelContent
          month={month}
          state={state}
          update={update}
          data={d}
          definitions={definitions}
          members={members}
          months={months}
        />
      </div>
      <section className="table-section" aria-labelledby="table-heading">
        <h2 id="table-heading">Data table</h2>
        {compared && state.compare ? (
          <CompareTable rows={compared} a={state.compare} b={month} />
        ) : d.shares ? (
          <ShareTable view={d.shares} members={members} />
        ) : (
          <p className="gap">
            No country shares for {formatMonth(month)}: no source covers this month.
          </p>
        )}
      </section>
    </div>
  );
}
