"use client";
import L from "leaflet";
import { useEffect, useMemo, useRef, useState } from "react";
import { SITE_HORIZON_MONTHS, type SiteState } from "@/lib/analytics/site-state";
import { siteMwWords } from "@/lib/analytics/site-words";
import { linkHost, safeHref } from "@/lib/core/http-url";
import { formatMonth } from "@/lib/core/month";
import type { SliderLink } from "../atlas/slider-link";
import { createSiteKeys, type SiteKeys } from "./keyboard-sites";
import type { MonthFrame } from "./month-frame";
import { pointsPane } from "./points-pane";
import { inDrawingOrder, siteStyle, statusWords, WORLD_ZOOM_BELOW } from "./site-style";
import { useFollowSlider } from "./useFollowSlider";
import { useLayerGroup } from "./useLayerGroup";

interface Drawn {
  /** What the marker was last styled from, so an unchanged site costs nothing on a step. */
  key: string;
  marker: L.CircleMarker;
  area: L.Circle | null;
  site: SiteState;
}

const styleKey = (s: SiteState) =>
  `${s.status}|${s.capacityMw}|${s.precision}|${s.asOf}|${s.stale}|${s.confidence}`;

/** What a marker says on hover: operator, status and date, MW or EH/s, where, and the source. */
function siteTip(s: SiteState): HTMLElement {
  const el = document.createElement("div");
  el.className = "map-tip";
  const title = document.createElement("strong");
  title.textContent = `${s.operator}: ${s.name}`;
  const size = [
    siteMwWords(s.capacityMw, s.mwBasis),
    s.hashrateEhs === null ? null : `${s.hashrateEhs} EH/s`,
  ].filter((v): v is string => v !== null);
  const lines = [
    s.stale
      ? `last reported ${formatMonth(s.lastReported)} (${statusWords(s.status)}); not counted after ${SITE_HORIZON_MONTHS} months without news`
      : `${statusWords(s.status)}, ${formatMonth(s.asOf)}`,
    `${size.join(", ")} as disclosed`,
    ...(s.confidence === "low" ? ["low confidence: drawn, never counted in a total"] : []),
    ...s.undated.map(
      (f) => `${statusWords(f.status)}, date not known (${siteMwWords(f.capacityMw, f.mwBasis)})`,
    ),
    `${s.locality}, ${s.country} (${s.precision} centroid, not the facility)`,
  ];
  el.append(title);
  for (const text of lines) {
    const row = document.createElement("div");
    row.textContent = text;
    el.append(row);
  }
  const source = document.createElement("div");
  source.textContent = `Source (${s.source.kind.replace("_", " ")}${s.source.date ? `, ${s.source.date}` : ""}): `;
  // Checked again here: a stored link that is not http(s) is shown as text, never as an href.
  const href = safeHref(s.source.url);
  if (href) {
    const link = document.createElement("a");
    link.href = href;
    link.textContent = linkHost(href);
    link.rel = "noopener";
    link.target = "_blank";
    source.append(link);
  } else source.append("link withheld (not an http(s) address)");
  el.append(source);
  return el;
}

/** The name a site is read out by when the keyboard reaches it. */
function siteName(s: SiteState): string {
  const when = s.stale
    ? `last reported ${formatMonth(s.lastReported)}`
    : `${statusWords(s.status)}, ${formatMonth(s.asOf)}`;
  return `${s.operator}: ${s.name}, ${s.locality}, ${s.country} — ${when}, ${siteMwWords(s.capacityMw, s.mwBasis)}`;
}

const pickSites = (f: MonthFrame) => f.sites;

/**
 * Areas at the back, then ended sites, plans, and running sites on top (siteRank); the keyboard's
 * listbox gets the same sites, named.
 */
function stack(drawn: ReadonlyMap<string, Drawn>, keys: SiteKeys | null, shown: boolean): void {
  for (const d of drawn.values()) d.area?.bringToBack();
  const ordered = inDrawingOrder([...drawn.values()].map((d) => ({ ...d.site, d })));
  for (const { d } of ordered) d.marker.bringToFront();
  keys?.update(
    ordered.map(({ d }) => ({ ...d.site, name: siteName(d.site), marker: d.marker })),
    shown,
  );
}

/**
 * Known mining sites at the month: a few dozen SVG markers kept by site id and restyled per
 * step (energized filled, under construction a ring, announced dashed, closed or sold grey;
 * sized by MW), with a dotted area where the coordinates are only a region's or a country's
 * centroid. Running sites are drawn above plans and plans above ended sites (siteRank), the
 * hovered marker above all; at world zoom every marker is a small ring, so no disc hides a
 * country's colour. All markers together are one tab stop (keyboard-sites.ts).
 * A map of disclosure, not of hashrate: the legend and every tooltip say so.
 */
export function SitesLayer({
  month,
  frame,
  visible,
  slider,
}: {
  month: string;
  frame: MonthFrame["sites"];
  visible: boolean;
  slider?: SliderLink;
}) {
  const { map, group } = useLayerGroup(visible);
  const [world, setWorld] = useState(() => map.getZoom() < WORLD_ZOOM_BELOW);
  useEffect(() => {
    const onZoom = () => setWorld(map.getZoom() < WORLD_ZOOM_BELOW);
    map.on("zoomend", onZoom);
    return () => {
      map.off("zoomend", onZoom);
    };
  }, [map]);
  // Created in an effect, not a memo: a remount (React's strict mode) must get a listbox again.
  const [keys, setKeys] = useState<SiteKeys | null>(null);
  useEffect(() => {
    const created = createSiteKeys(map);
    setKeys(created);
    return () => created.remove();
  }, [map]);
  const visibleRef = useRef(visible);
  visibleRef.current = visible;
  const drawnRef = useRef(new Map<string, Drawn>());

  const show = useMemo(() => {
    // SVG, not canvas: a few dozen markers, and only their painted shapes catch the pointer.
    const renderer = L.svg({ padding: 0.2, pane: pointsPane(map) });
    const drawn = drawnRef.current;
    for (const d of drawn.values()) {
      d.marker.remove();
      d.area?.remove();
    }
    drawn.clear();
    const draw = (site: SiteState): Drawn => {
      const style = siteStyle(site, { world });
      const area =
        style.areaMetres === null
          ? null
          : L.circle([site.lat, site.lon], {
              renderer,
              radius: style.areaMetres,
              color: style.fillColor,
              weight: 1,
              dashArray: "2 4",
              fillOpacity: 0.06,
              interactive: false,
            }).addTo(group);
      const marker = L.circleMarker([site.lat, site.lon], {
        renderer,
        ...style,
        className: `site-marker site-${site.status}${site.stale ? " site-stale" : ""}`,
      });
      // Out of the tab order (the listbox is the one stop); the path is new at every add.
      marker.on("add", () => marker.getElement()?.setAttribute("tabindex", "-1"));
      marker.on("mouseover", () => marker.bringToFront());
      marker.addTo(group);
      const entry: Drawn = { key: styleKey(site), marker, area, site };
      marker.bindTooltip(() => siteTip(entry.site), { direction: "top", className: "map-tooltip" });
      marker.bindPopup(() => siteTip(entry.site));
      return entry;
    };
    return (m: string, sites: MonthFrame["sites"]) => {
      const next = new Map((sites ?? []).map((s) => [s.id, s]));
      // Restacked (and the keyboard's list rebuilt) only when a marker came, went or changed:
      // most slider steps change none, and a step must stay one small frame.
      let changed = false;
      for (const [id, d] of drawn) {
        if (next.has(id)) continue;
        d.marker.remove();
        d.area?.remove();
        drawn.delete(id);
        changed = true;
      }
      for (const site of next.values()) {
        const d = drawn.get(site.id);
        if (d && d.key === styleKey(site)) {
          d.site = site;
          continue;
        }
        d?.marker.remove();
        d?.area?.remove();
        drawn.set(site.id, draw(site));
        changed = true;
      }
      if (changed) stack(drawn, keys, visibleRef.current);
      // Which month the markers show, and how many, for tests and scripts reading the page; a
      // month is named only once its sites are known (the facts load after the first paint).
      const data = map.getContainer().dataset;
      if (sites) data.sitesMonth = m;
      data.sitesShown = sites ? String(drawn.size) : "pending";
      data.sitesCountries = [...new Set([...next.values()].map((s) => s.country))].sort().join(",");
      data.sitesWorld = String(world);
    };
  }, [map, group, world, keys]);

  useFollowSlider(slider, month, frame, pickSites, show);
  // Shown again, the group adds its markers in creation order: stack them again. Hidden, the
  // listbox is no tab stop.
  useEffect(() => stack(drawnRef.current, keys, visible), [visible, keys]);

  return null;
}
