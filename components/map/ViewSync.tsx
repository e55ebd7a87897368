"use client";
import { useEffect, useRef } from "react";
import { useMap } from "react-leaflet";
import type { MapView } from "@/lib/url-state/view-state";

/**
 * Reports the map's centre and zoom after the reader moves it (for the URL). The first view (fitted to the world or read from the URL) is not reported,
 * so an untouched map leaves no `lat`/`lon`/`z` in the address.
 */
export function ViewSync({ onViewChange }: { onViewChange: (view: MapView) => void }) {
  const map = useMap();
  const report = useRef(onViewChange);
  report.current = onViewChange;

  useEffect(() => {
    // The view the map really shows, for tests and scripts reading the page (zoom is snapped).
    const expose = () => {
      const c = map.getCenter();
      map.getContainer().dataset.view = `${c.lat.toFixed(2)},${c.lng.toFixed(2)},${map.getZoom()}`;
    };
    expose();
    map.on("moveend", expose);
    return () => {
      map.off("moveend", expose);
    };
  }, [map]);

  useEffect(() => {
    // Leaflet only watches the window; its container also changes size when the compare map
    // comes or goes (half width ↔ full width). A stale size puts getCenter() off-centre.
    const observer = new ResizeObserver(() => map.invalidateSize({ pan: false }));
    observer.observe(map.getContainer());
    return () => observer.disconnect();
  }, [map]);

  useEffect(() => {
    let moved = false;
    const start = () => {
      moved = true;
    };
    const end = () => {
      if (!moved) return;
      // One gesture, one report: moves made to follow another map (compare) are not ours.
      moved = false;
      const c = map.getCenter();
      report.current({ lat: c.lat, lon: c.lng, zoom: map.getZoom() });
    };
    // Only reader gestures count: drag, wheel/pinch, keyboard and the zoom buttons.
    map.on("dragstart", start);
    map.getContainer().addEventListener("wheel", start, { passive: true });
    map.getContainer().addEventListener("keydown", start);
    // Capture: Leaflet's zoom buttons stop their clicks from bubbling to the container.
    map.getContainer().addEventListener("click", start, { capture: true });
    map.on("moveend", end);
    return () => {
      map.off("dragstart", start);
      map.getContainer().removeEventListener("wheel", start);
      map.getContainer().removeEventListener("keydown", start);
      map.getContainer().removeEventListener("click", start, { capture: true });
      map.off("moveend", end);
    };
  }, [map]);

  return null;
}
