"use client";
import L from "leaflet";
import { useCallback, useEffect, useRef } from "react";
import { useMap } from "react-leaflet";
import type { SliderLink } from "../atlas/slider-link";
import { addInSlices } from "./add-in-slices";
import { type CountryProps, loadBasemap } from "./basemap";
import { type ChoroplethInput, countryStyle } from "./country-style";
import { keepTooltipsInside } from "./keep-tooltips-inside";
import { attachCountryKeys } from "./keyboard-countries";
import type { MonthFrame } from "./month-frame";
import { onScreenFirst } from "./on-screen-first";
import { countryTooltip, type TooltipData } from "./tooltip";
import { useFollowSlider } from "./useFollowSlider";

const pickShares = (f: MonthFrame) => f.shares;

interface Props extends ChoroplethInput {
  /** The slider's fast path (main map only). */
  slider?: SliderLink;
  tooltip: TooltipData;
  onSelect: (iso2: string) => void;
}

/**
 * Applies the input's styles, touching only countries whose look changed: the browser then
 * repaints just those paths, and between neighbouring months most countries keep their class.
 */
function restyle(geo: L.GeoJSON, input: ChoroplethInput, applied: WeakMap<L.Path, string>): void {
  geo.eachLayer((l) => {
    const path = l as CountryPath;
    const style = countryStyle(path.feature?.properties.iso2 ?? null, input);
    const key = styleKey(style);
    if (applied.get(path) === key) return;
    applied.set(path, key);
    path.setStyle(style);
  });
}

function styleKey(s: L.PathOptions): string {
  return `${s.fillColor}|${s.color}|${s.weight}|${s.dashArray ?? ""}`;
}

type CountryPath = L.Path & {
  feature?: GeoJSON.Feature<GeoJSON.Geometry, { iso2: string | null; name: string }>;
};

/**
 * The country polygons, created once as SVG paths; every later change (month, definition,
 * layer toggle, selection) only calls setStyle on the existing paths.
 */
export function ChoroplethLayer(props: Props) {
  const map = useMap();
  const layer = useRef<L.GeoJSON | null>(null);
  const applied = useRef(new WeakMap<L.Path, string>());
  const latest = useRef(props);
  latest.current = props;

  // The month last asked for, drawn again once every shape exists.
  const lastDrawn = useRef<{ month: string; shares: MonthFrame["shares"] } | null>(null);
  const complete = useRef(false);
  const drawRef = useRef<(month: string, shares: MonthFrame["shares"]) => void>(() => {});

  useEffect(() => {
    // SVG, not Canvas: a slider step changes the fill of a few paths, which the browser repaints
    // (off the main thread) for just those shapes; a canvas would be redrawn and re-uploaded
    // whole on the main thread at every step (≈4 ms per step in the bench, measured).
    const renderer = L.svg({ padding: 0.1 });
    const options: L.GeoJSONOptions<CountryProps> & { renderer: L.Renderer } = {
      renderer,
      style: (f) => countryStyle(f?.properties.iso2 ?? null, latest.current),
      onEachFeature: (f, path) => {
        path.bindTooltip(
          () => countryTooltip(f.properties.iso2, f.properties.name, latest.current.tooltip),
          {
            sticky: true,
            direction: "top",
            offset: [0, -8],
            className: "map-tooltip",
          },
        );
        path.on("click", () => f.properties.iso2 && latest.current.onSelect(f.properties.iso2));
      },
    };
    const geo = L.geoJSON<CountryProps>(undefined, options);
    geo.addTo(map);
    layer.current = geo;
    complete.current = false;
    const releaseTips = keepTooltipsInside(map);
    let detachKeys = () => {};
    // 176 SVG paths in one go are the page's longest task on a phone: they are added a slice at
    // a time, those on screen first, and the keys and the month's colours follow the last one.
    // The shapes are ordered in a task of their own (LazyMap has made them from the bundled
    // topology in an earlier one), and the slices begin in the next: each of those steps is a
    // phone's long task beside the others.
    const view = map.getBounds();
    const stopAdding = addInSlices(
      () =>
        onScreenFirst(loadBasemap().features, {
          west: view.getWest(),
          south: view.getSouth(),
          east: view.getEast(),
          north: view.getNorth(),
        }),
      (f) => geo.addData(f),
      () => {
        complete.current = true;
        detachKeys = attachCountryKeys(map, geo, {
          onSelect: (iso2) => latest.current.onSelect(iso2),
          describe: (iso2, name) => countryTooltip(iso2, name, latest.current.tooltip),
        });
        const last = lastDrawn.current;
        if (last) drawRef.current(last.month, last.shares);
      },
      { later: true },
    );
    return () => {
      stopAdding();
      releaseTips();
      detachKeys();
      geo.remove();
      layer.current = null;
    };
  }, [map]);

  const { shares, members, visible, selected, tooltip, slider } = props;
  // Shares not cached yet (undefined, on a slider step) leave the colours and the shown month as
  // they are: the page's render draws the month once its data arrives.
  const draw = useCallback(
    (month: string, monthShares: MonthFrame["shares"]) => {
      const geo = layer.current;
      if (!geo || monthShares === undefined) return;
      lastDrawn.current = { month, shares: monthShares };
      restyle(geo, { shares: monthShares, members, visible, selected }, applied.current);
      // Read by tests and the bench to know this month's colours are on every country.
      if (complete.current) map.getContainer().dataset.shownMonth = month;
    },
    [map, members, visible, selected],
  );
  drawRef.current = draw;
  useFollowSlider(slider, tooltip.month, shares, pickShares, draw);

  return null;
}
