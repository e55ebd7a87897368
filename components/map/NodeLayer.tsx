"use client";
import type L from "leaflet";
import { useCallback, useEffect, useRef } from "react";
import { useMap } from "react-leaflet";
import type { SliderLink } from "../atlas/slider-link";
import type { MonthFrame } from "./month-frame";
import { NodeCanvasLayer } from "./NodeCanvasLayer";
import { useFollowSlider } from "./useFollowSlider";

const pickNodes = (f: MonthFrame) => f.nodes;

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

  const draw = useCallback(
    (m: string, nodes: MonthFrame["nodes"]) => {
      layer.current?.show(nodes);
      expose(map, m, nodes);
    },
    [map],
  );
  useFollowSlider(slider, month, frame, pickNodes, draw);

  return null;
}

/** Which month and snapshot the discs are, for tests and scripts reading the page. */
function expose(map: L.Map, month: string, frame: MonthFrame["nodes"]): void {
  const data = map.getContainer().dataset;
  data.nodesMonth = month;
  data.nodesSnapshot = frame === undefined ? "pending" : (frame?.key ?? "none");
}
