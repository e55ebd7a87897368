"use client";
import type L from "leaflet";
import { useEffect, useRef } from "react";
import { useMap } from "react-leaflet";
import type { SliderLink } from "../atlas/slider-link";
import type { MonthFrame, ShowFrame } from "./month-frame";
import { NodeCanvasLayer } from "./NodeCanvasLayer";

/**
 * Mounts the clustered canvas node layer once. A slider step shows the step's snapshot at once
 * (the slider's fast path); the page's data then shows the same month, or a later answer for it.
 */
export function NodeLayer({
  month,
  frame,
  visible,
  slider,
}: {
  month: string;
  frame: MonthFrame["nodes"];
  visible: boolean;
  slider?: SliderLink;
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
    if (!slider) return;
    const show: ShowFrame = (f) => {
      layer.current?.show(f.nodes);
      expose(map, f.month, f.nodes);
    };
    slider.layers.add(show);
    return () => {
      slider.layers.delete(show);
    };
  }, [map, slider]);

  useEffect(() => {
    // The slider has moved on to another month; its own step drew that one.
    if (slider && slider.cursor.get() !== month) return;
    layer.current?.show(frame);
    expose(map, month, frame);
  }, [map, month, frame, slider]);

  return null;
}

/** Which month and snapshot the discs are, for tests and scripts reading the page. */
function expose(map: L.Map, month: string, frame: MonthFrame["nodes"]): void {
  const data = map.getContainer().dataset;
  data.nodesMonth = month;
  data.nodesSnapshot = frame === undefined ? "pending" : (frame?.key ?? "none");
}
