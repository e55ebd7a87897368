"use client";
import dynamic from "next/dynamic";
import type { AtlasMapProps } from "./AtlasMap";
import "./map.css";
// Leaflet's styles come with the page's (inlined), after map.css as before: a stylesheet added
// when the map's chunk arrives would restyle the whole page in one long task.
import "leaflet/dist/leaflet.css";

/**
 * The one entry point to the map: Leaflet touches `window`, so it loads only in the browser,
 * in its own chunk, after the page (table, panel, timeline) is already usable.
 */
const AtlasMap = dynamic(() => import("./AtlasMap"), {
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
