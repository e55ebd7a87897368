"use client";
import L from "leaflet";
import { useEffect, useMemo } from "react";
import { useMap } from "react-leaflet";
import { formatPercent } from "@/lib/analytics/format";
import type { PoolsResponse } from "@/lib/api/schemas";
import { textTip } from "./tooltip";

/** Pool server locations: a handful of canvas circle markers, each named with its pool's share. */
export function PoolLayer({ pools, visible }: { pools: PoolsResponse | null; visible: boolean }) {
  const map = useMap();
  const group = useMemo(() => L.layerGroup(), []);

  useEffect(() => {
    if (!visible) return;
    group.addTo(map);
    return () => {
      group.remove();
    };
  }, [map, group, visible]);

  useEffect(() => {
    group.clearLayers();
    if (!pools) return;
    const shares = new Map(pools.pools.map((p) => [p.slug, p.share]));
    const renderer = L.canvas({ padding: 0.2 });
    for (const s of pools.servers) {
      const share = shares.get(s.pool);
      const label = textTip([
        s.name,
        share === undefined ? "no share this month" : `${formatPercent(share)} of blocks`,
        `${s.host} — located by ${s.locatedBy}`,
      ]);
      L.circleMarker([s.lat, s.lon], {
        renderer,
        radius: 5 + Math.sqrt((share ?? 0) * 400),
        color: "#ffffff",
        weight: 1.5,
        fillColor: "#0f766e",
        fillOpacity: 0.9,
      })
        .bindTooltip(label, { direction: "top", className: "map-tooltip" })
        .addTo(group);
    }
  }, [group, pools]);

  return null;
}
