import L from "leaflet";
import type { CountryProps } from "./basemap";
import {
  type CountryPoint,
  countryPoint,
  type Direction,
  nearestCountry,
  nextCountry,
} from "./country-keys";

type CountryPath = L.Path & {
  feature?: GeoJSON.Feature<GeoJSON.Polygon | GeoJSON.MultiPolygon, CountryProps>;
};

const ARROWS = new Set(["ArrowUp", "ArrowDown", "ArrowLeft", "ArrowRight"]);
const MAP_KEYS_HELP =
  "Arrow keys move between countries, Enter opens the country, Shift with an arrow pans, plus and minus zoom, Escape leaves the country.";

/**
 * Makes the map one tab stop that moves between countries: the country shapes leave the tab
 * order (Chromium makes each SVG path with a focus listener — Leaflet's tooltips add one — a
 * tab stop: 176 of them), and while the map has focus the arrows go from country to country,
 * outlined, with its card open and read out; Enter opens it; Shift+arrows still pan.
 * Returns the function that undoes it all.
 */
export function attachCountryKeys(
  map: L.Map,
  geo: L.GeoJSON,
  options: {
    onSelect: (iso2: string) => void;
    /** The country's card (the hover tooltip's content), also read out when it is reached. */
    describe: (iso2: string, name: string) => HTMLElement;
  },
): () => void {
  const container = map.getContainer();
  const paths = new Map<string, CountryPath>();
  const points: CountryPoint[] = [];
  geo.eachLayer((l) => {
    const path = l as CountryPath;
    path.getElement()?.setAttribute("tabindex", "-1");
    const f = path.feature;
    if (!f?.properties.iso2) return;
    paths.set(f.properties.iso2, path);
    points.push({ iso2: f.properties.iso2, ...countryPoint(f.geometry) });
  });
  container.setAttribute("role", "application");
  container.setAttribute("aria-roledescription", "map");
  container.setAttribute("aria-label", `Map of hashrate share by country. ${MAP_KEYS_HELP}`);
  const live = L.DomUtil.create("div", "sr-only", container);
  live.setAttribute("aria-live", "polite");

  let active: CountryPoint | null = null;
  let outline: L.GeoJSON | null = null;
  const clear = () => {
    if (active) paths.get(active.iso2)?.closeTooltip();
    outline?.remove();
    outline = null;
    active = null;
  };
  const activate = (p: CountryPoint) => {
    clear();
    active = p;
    const path = paths.get(p.iso2);
    if (!path?.feature) return;
    outline = L.geoJSON(path.feature, {
      interactive: false,
      style: { color: "#111827", weight: 3, fill: false, dashArray: "4 2" },
    }).addTo(map);
    const at = L.latLng(p.lat, p.lon);
    map.panInside(at, { padding: [60, 60] });
    path.openTooltip(at);
    const card = options.describe(p.iso2, path.feature.properties.name);
    live.textContent = `${[...card.children].map((c) => c.textContent).join(". ")}. Enter opens it.`;
  };

  const onKey = (e: KeyboardEvent) => {
    if (e.target !== container || e.altKey || e.ctrlKey || e.metaKey) return;
    if (ARROWS.has(e.key) && !e.shiftKey) {
      const c = map.getCenter();
      const next = active
        ? nextCountry(points, active, e.key as Direction)
        : nearestCountry(points, { lon: c.lng, lat: c.lat });
      e.preventDefault();
      e.stopImmediatePropagation(); // not Leaflet's own panning
      if (next) activate(next);
    } else if ((e.key === "Enter" || e.key === " ") && active) {
      e.preventDefault();
      options.onSelect(active.iso2);
    } else if (e.key === "Escape" && active) {
      e.preventDefault();
      e.stopPropagation(); // leaves the country; a second Escape closes cards
      clear();
      live.textContent = "";
    }
  };
  const onBlur = () => clear();
  container.addEventListener("keydown", onKey, { capture: true });
  container.addEventListener("blur", onBlur);
  return () => {
    clear();
    container.removeEventListener("keydown", onKey, { capture: true });
    container.removeEventListener("blur", onBlur);
    live.remove();
  };
}
