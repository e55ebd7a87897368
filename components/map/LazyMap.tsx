"use client";
import dynamic from "next/dynamic";
import type { AtlasMapProps } from "./AtlasMap";
import "./map.css";
// Leaflet's styles come with the page's (inlined), after map.css as before: a stylesheet added
// when the map's chunk arrives would restyle the whole page in one long task.
import "leaflet/dist/leaflet.css";

const nextTask = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

/**
 * Leaflet is evaluated first, on its own; the map's code in the task after; then the countries'
 * shapes are made from the bundled topology, in a third, before the map orders and draws them.
 * Leaflet's and the map's code together were one long task on a phone, as were making the
 * shapes and ordering them.
 */
async function loadMap() {
  await import("leaflet");
  await nextTask();
  const map = await import("./AtlasMap");
  await nextTask();
  (await import("./basemap")).loadBasemap();
  return map;
}

/**
 * The one entry point to the map: Leaflet touches `window`, so it loads only in the browser,
 * in its own chunk, after the page (table, panel, timeline) is already usable.
 */
const AtlasMap = dynamic(loadMap, {
  ssr: false,
  loading: () => (
    <div className="map map-loading" role="status">
      Loading the map…
    </div>
  ),
});

export function LazyMap(props: AtlasMapProps) {
  return <AtlasMap {...props} />;
}
