"use client";
import L from "leaflet";
import { useMemo, useRef } from "react";
import { formatPercent } from "@/lib/analytics/format";
import { formatMonth } from "@/lib/core/month";
import type { PoolsResponse } from "@/lib/responses/schemas";
import type { SliderLink } from "../atlas/slider-link";
import type { MonthFrame } from "./month-frame";
import { pointsPane } from "./points-pane";
import { textTip } from "./tooltip";
import { useFollowSlider } from "./useFollowSlider";
import { useLayerGroup } from "./useLayerGroup";

type Server = PoolsResponse["servers"][number];

const pickPools = (f: MonthFrame) => f.pools;

/** A server's disc: larger for a larger share of the month's blocks. */
function poolRadius(share: number | undefined): number {
  return 5 + Math.sqrt((share ?? 0) * 400);
}

/** What the tooltip says about a server's pool in the month shown. */
function shareLine(month: string, pools: PoolsResponse | undefined, slug: string): string {
  if (!pools) return `${formatMonth(month)}: loading the pool shares…`;
  const share = pools.pools.find((p) => p.slug === slug)?.share;
  return share === undefined
    ? `no share of blocks in ${formatMonth(month)}`
    : `${formatPercent(share)} of blocks in ${formatMonth(month)}`;
}

/**
 * Pool server locations: a handful of SVG circle markers above the countries, created when the located servers
 * change (they are current locations, the same for every month) and resized for each month's
 * share of blocks — by the slider's step at once, or neutral until the month's data arrives.
 */
export function PoolLayer({
  month,
  frame,
  visible,
  slider,
}: {
  month: string;
  frame: MonthFrame["pools"];
  visible: boolean;
  slider?: SliderLink;
}) {
  const { map, group } = useLayerGroup(visible);
  const drawn = useRef({ hosts: "", markers: [] as [Server, L.CircleMarker][] });
  const shown = useRef<{ month: string; pools: PoolsResponse | undefined }>({
    month,
    pools: undefined,
  });

  const show = useMemo(() => {
    // Above the choropleth (points-pane.ts); a handful of SVG discs.
    const renderer = L.svg({ padding: 0.2, pane: pointsPane(map) });
    const place = (servers: readonly Server[]) => {
      const hosts = servers.map((s) => `${s.host}@${s.lat},${s.lon}`).join(" ");
      if (hosts === drawn.current.hosts) return;
      group.clearLayers();
      const markers = servers.map((s): [Server, L.CircleMarker] => {
        const marker = L.circleMarker([s.lat, s.lon], {
          renderer,
          radius: poolRadius(undefined),
          color: "#ffffff",
          weight: 1.5,
          fillColor: "#0f766e",
          fillOpacity: 0.9,
        });
        marker.bindTooltip(
          () =>
            textTip([
              s.name,
              shareLine(shown.current.month, shown.current.pools, s.pool),
              `${s.host} — located by ${s.locatedBy}`,
            ]),
          { direction: "top", className: "map-tooltip" },
        );
        return [s, marker.addTo(group)];
      });
      drawn.current = { hosts, markers };
    };
    return (m: string, frame: MonthFrame["pools"]) => {
      const pools = frame ?? undefined;
      if (pools) place(pools.servers);
      shown.current = { month: m, pools };
      const shares = new Map(pools?.pools.map((p) => [p.slug, p.share]));
      let sized = 0;
      for (const [s, marker] of drawn.current.markers) {
        const share = shares.get(s.pool);
        if (share !== undefined) sized += 1;
        const radius = poolRadius(share);
        if (marker.getRadius() !== radius) marker.setRadius(radius);
      }
      // Which month the discs are sized for, for tests and scripts reading the page.
      const data = map.getContainer().dataset;
      data.poolsMonth = m;
      data.poolsSized = pools ? String(sized) : "pending";
      data.poolServers = String(drawn.current.markers.length);
    };
  }, [map, group]);

  useFollowSlider(slider, month, frame, pickPools, show);

  return null;
}
