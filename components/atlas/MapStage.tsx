"use client";
import { type ReactNode, useMemo, useState } from "react";
import type { CountryShare } from "@/lib/analytics/view-shape";
import { formatMonth } from "@/lib/core/month";
import type { LayerSet, MapView } from "@/lib/url-state/view-state";
import { LazyMap } from "../map/LazyMap";
import { Legend } from "../map/Legend";
import { createMapGroup } from "../map/map-group";
import type { MonthFrame } from "../map/month-frame";
import type { SliderLink } from "./slider-link";
import "./map-stage.css";

interface Side {
  month: string;
  method: string | null;
  shares: ReadonlyMap<string, CountryShare> | null;
  unallocated: number | null;
}

/**
 * One map, or two side by side when comparing months (the second without node or pool layers),
 * then the timeline and the legend.
 */
export function MapStage(props: {
  main: Side;
  compare: Side | null;
  members: ReadonlySet<string>;
  /** The main map shows estimated ranges (method `estimated`), not stored shares. */
  estimated?: boolean;
  definitionName: string;
  layers: LayerSet;
  selected: string | null;
  nodeCounts: ReadonlyMap<string, number> | null;
  nodeDate: string | null;
  /** A monitor's per-country counts for the month (KIT DSN), shown per country in tooltips. */
  monitorCounts: ReadonlyMap<string, number> | null;
  /** What those counts are, for the legend. */
  monitorNote: string | null;
  /** The main month's node snapshot and pool data, as every layer draws them. */
  nodes: MonthFrame["nodes"];
  pools: MonthFrame["pools"];
  sites: MonthFrame["sites"];
  /** Located pool servers (current locations, the same for every month). */
  poolServers: number;
  /** Why the month has no node layer (e.g. the newest snapshot is older than the node window). */
  nodeGapNote: string | null;
  view: MapView | null;
  tileUrl: string | null;
  onSelect: (iso2: string) => void;
  onViewChange: (view: MapView) => void;
  slider: SliderLink;
  /**
   * The timeline, right under the map(s) and above the legend: however tall the legend is, the
   * slider stays on the first screen (1280×720), and in the tab order it comes before the key.
   */
  timeline: ReactNode;
}) {
  const { main, compare } = props;
  const { nodeCounts, nodeDate, monitorCounts } = props;
  const tip = (s: Side) => ({
    month: s.month,
    method: s.method,
    shares: s.shares,
    nodeCounts,
    nodeSnapshotDate: nodeDate,
    monitorCounts: null,
  });
  // One object per distinct content: the choropleth restyles when it changes, not on every render.
  const mainTip = useMemo(
    () => ({
      month: main.month,
      method: main.method,
      shares: main.shares,
      nodeCounts,
      nodeSnapshotDate: nodeDate,
      monitorCounts,
    }),
    [main.month, main.method, main.shares, nodeCounts, nodeDate, monitorCounts],
  );
  // Side by side, the two maps pan and zoom as one; either one's move goes to the URL.
  const [group] = useState(createMapGroup);
  const common = {
    group,
    members: props.members,
    visible: props.layers.shares,
    selected: props.selected,
    tileUrl: props.tileUrl,
    onSelect: props.onSelect,
  };
  return (
    <>
      <div className={compare ? "maps two" : "maps"}>
        <section
          className="map-frame"
          aria-label={`Map: hashrate share by country, ${formatMonth(main.month)}`}
        >
          {compare ? <p className="map-caption">{formatMonth(main.month)}</p> : null}
          <LazyMap
            {...common}
            shares={main.shares}
            tooltip={mainTip}
            nodes={props.nodes}
            pools={props.pools}
            sites={props.sites}
            showNodes={props.layers.nodes}
            showPools={props.layers.pools}
            showSites={props.layers.sites}
            view={props.view}
            fitWorld={compare !== null}
            onViewChange={props.onViewChange}
            slider={props.slider}
          />
        </section>
        {compare ? (
          <section
            className="map-frame"
            aria-label={`Map: hashrate share by country, ${formatMonth(compare.month)}`}
          >
            <p className="map-caption">{formatMonth(compare.month)}</p>
            <LazyMap
              {...common}
              shares={compare.shares}
              tooltip={tip(compare)}
              nodes={null}
              pools={null}
              sites={undefined}
              showNodes={false}
              showPools={false}
              showSites={false}
              view={props.view}
              onViewChange={props.onViewChange}
            />
          </section>
        ) : null}
      </div>
      {props.timeline}
      <Legend
        unallocated={[
          { month: main.month, share: main.unallocated },
          ...(compare ? [{ month: compare.month, share: compare.unallocated }] : []),
        ]}
        definitionName={props.definitionName}
        estimated={props.estimated ?? false}
        showShares={props.layers.shares}
        showNodes={props.layers.nodes}
        showPools={props.layers.pools}
        showSites={props.layers.sites}
        poolCount={props.poolServers}
        nodes={
          props.nodes === undefined
            ? "pending"
            : props.nodes
              ? props.nodes.kind === "sample"
                ? "sample"
                : "shown"
              : "none"
        }
        nodeGapNote={props.nodeGapNote}
        monitorNote={props.monitorNote}
      />
    </>
  );
}
