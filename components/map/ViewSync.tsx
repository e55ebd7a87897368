"use client";
import { useEffect, useRef } from "react";
import { useMap } from "react-leaflet";
import type { MapView } from "@/app/search-params";

/**
 * Reports the map's centre and zoom after the reader moves it (for the URL), and sets the
 * attribution once. The first view (fitted to the world or read from the URL) is not reported,
 * so an untouched map leaves no `v=` in the address.
 */
export function ViewSync({
  attribution,
  onViewChange,
}: {
  attribution: string;
  onViewChange: (view: MapView) => void;
}) {
  const map = useMap();
  const report = useRef(onViewChange);
  report.current = onViewChange;

  useEffect(() => {
    map.attributionControl.setPrefix(false);
    map.attributionControl.addAttribution(attribution);
    return () => {
      map.attributionControl.removeAttribution(attribution);
    };
  }, [map, attribution]);

  useEffect(() => {
    let moved = false;
    const start = () => {
      moved = true;
    };
    const end = () => {
      if (!moved) return;
      const c = map.getCenter();
      report.current({ lat: c.lat, lon: c.lng, zoom: map.getZoom() });
    };
    // Only reader gestures count: drag, wheel/pinch, keyboard and the zoom buttons.
    map.on("dragstart", start);
    map.getContainer().addEventListener("wheel", start, { passive: true });
    map.getContainer().addEventListener("keydown", start);
    map.getContainer().addEventListener("click", start);
    map.on("moveend", end);
    return () => {
      map.off("dragstart", start);
      map.getContainer().removeEventListener("wheel", start);
      map.getContainer().removeEventListener("keydown", start);
      map.getContainer().removeEventListener("click", start);
      map.off("moveend", end);
    };
  }, [map]);

  return null;
}
