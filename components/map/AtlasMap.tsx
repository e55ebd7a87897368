"use client";
import { MapContainer, TileLayer } from "react-leaflet";
import { type MapView, ZOOM } from "@/lib/url-state/view-state";
import type { SliderLink } from "../atlas/slider-link";
import { ChoroplethLayer } from "./ChoroplethLayer";
import type { ChoroplethInput } from "./country-style";
import { FitWorld } from "./FitWorld";
import { GroupSync } from "./GroupSync";
import type { MapGroup } from "./map-group";
import type { MonthFrame } from "./month-frame";
import { NodeLayer } from "./NodeLayer";
import { PoolLayer } from "./PoolLayer";
import { SitesLayer } from "./SitesLayer";
import type { TooltipData } from "./tooltip";
import { useStagedMount } from "./useStagedMount";
import { ViewSync } from "./ViewSync";

export interface AtlasMapProps extends ChoroplethInput {
  /** The slider's month and, filled by the choropleth, the restyle it calls before React renders. */
  slider?: SliderLink;
  /** Other maps this one pans and zooms with (compare mode). */
  group?: MapGroup;
  tooltip: TooltipData;
  /** The month's node snapshot and pool data (MonthFrame: null = none, undefined = not yet known). */
  nodes: MonthFrame["nodes"];
  pools: MonthFrame["pools"];
  /** Known mining sites at the month (undefined until the facts have loaded). */
  sites: MonthFrame["sites"];
  showNodes: boolean;
  showPools: boolean;
  showSites: boolean;
  view: MapView | null;
  /** Fit the world whenever this turns true (entering compare mode). */
  fitWorld?: boolean;
  tileUrl: string | null;
  onSelect: (iso2: string) => void;
  onViewChange: (view: MapView) => void;
}

/** Whole inhabited world, used when the URL carries no view. */
const WORLD: [[number, number], [number, number]] = [
  [-56, -125],
  [70, 150],
];

/**
 * The Leaflet map. Layers are imperative children (useMap) so that month changes restyle them
 * in place; the MapContainer's own props are read once and never drive updates.
 */
export default function AtlasMap(props: AtlasMapProps) {
  const { view } = props;
  // The map (and its view's sync) first, then its layers one per task, in the order they stack
  // (countries under the markers): see useStagedMount.
  const layers = [
    <ChoroplethLayer
      key="countries"
      shares={props.shares}
      members={props.members}
      visible={props.visible}
      selected={props.selected}
      tooltip={props.tooltip}
      onSelect={props.onSelect}
      slider={props.slider}
    />,
    <NodeLayer
      key="nodes"
      month={props.tooltip.month}
      frame={props.nodes}
      visible={props.showNodes}
      slider={props.slider}
    />,
    <PoolLayer
      key="pools"
      month={props.tooltip.month}
      frame={props.pools}
      visible={props.showPools}
      slider={props.slider}
    />,
    <SitesLayer
      key="sites"
      month={props.tooltip.month}
      frame={props.sites}
      visible={props.showSites}
      slider={props.slider}
    />,
  ];
  const stage = useStagedMount(layers.length);
  return (
    <MapContainer
      className="map"
      {...(view ? { center: [view.lat, view.lon], zoom: view.zoom } : { bounds: WORLD })}
      minZoom={ZOOM.min}
      maxZoom={ZOOM.max}
      zoomSnap={0.25}
      worldCopyJump={false}
      maxBounds={[
        [-75, -200],
        [85, 200],
      ]}
      // The attribution is under the map (MapCredits), where it covers nothing.
      attributionControl={false}
    >
      {props.tileUrl ? (
        <TileLayer url={props.tileUrl} attribution="Map tiles: see operator configuration" />
      ) : null}
      {/* With the map itself: a move the reader makes at once is reported and, in compare
          mode, followed by the other map. */}
      <ViewSync onViewChange={props.onViewChange} />
      {props.group ? <GroupSync group={props.group} /> : null}
      <FitWorld when={props.fitWorld ?? false} bounds={WORLD} />
      {layers.slice(0, stage)}
    </MapContainer>
  );
}
