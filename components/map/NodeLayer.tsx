"use client";
import { useEffect, useRef } from "react";
import { useMap } from "react-leaflet";
import { NodeCanvasLayer } from "./NodeCanvasLayer";

/** Mounts the clustered canvas node layer once; new data or visibility only updates it. */
export function NodeLayer({
  locations,
  visible,
}: {
  locations: readonly (readonly [number, number, number])[];
  visible: boolean;
}) {
  const map = useMap();
  const layer = useRef<NodeCanvasLayer | null>(null);
  if (layer.current === null) layer.current = new NodeCanvasLayer();

  useEffect(() => {
    const l = layer.current;
    if (!l || !visible) return;
    l.addTo(map);
    return () => {
      l.remove();
    };
  }, [map, visible]);

  useEffect(() => {
    layer.current?.setLocations(locations);
  }, [locations]);

  return null;
}
