import type L from "leaflet";

/**
 * A pane above the choropleth for the point layers (pool servers, known sites). Leaflet stacks
 * the choropleth's SVG over canvases in the overlay pane, so points drawn there vanished under
 * the country they stand in. The pane lets pointer events through, so the countries below stay
 * hoverable; the points' own paths (SVG, `leaflet-interactive`) still take theirs.
 */
export function pointsPane(map: L.Map): string {
  const name = "points";
  if (!map.getPane(name)) {
    const pane = map.createPane(name);
    pane.style.zIndex = "450";
    pane.style.pointerEvents = "none";
  }
  return name;
}
