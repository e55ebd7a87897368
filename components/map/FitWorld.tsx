"use client";
import type L from "leaflet";
import { useEffect, useRef } from "react";
import { useMap } from "react-leaflet";

/**
 * Fits the map to the world each time `when` turns true after the map was made (entering compare
 * mode: the map has just become half as wide, and the view it kept would show one continent).
 */
export function FitWorld({ when, bounds }: { when: boolean; bounds: L.LatLngBoundsExpression }) {
  const map = useMap();
  const before = useRef(when);
  useEffect(() => {
    const entered = when && !before.current;
    before.current = when;
    if (!entered) return;
    map.invalidateSize({ pan: false }); // its new width, before fitting
    map.fitBounds(bounds, { animate: false });
  }, [map, when, bounds]);
  return null;
}
