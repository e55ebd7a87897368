import type { MultiPolygon, Polygon } from "geojson";

/** A view's extent in degrees. */
export interface Extent {
  west: number;
  south: number;
  east: number;
  north: number;
}

function extentOf(g: Polygon | MultiPolygon): Extent {
  const e = { west: Infinity, south: Infinity, east: -Infinity, north: -Infinity };
  const rings = g.type === "Polygon" ? g.coordinates : g.coordinates.flat();
  for (const ring of rings)
    for (const [lon = 0, lat = 0] of ring) {
      if (lon < e.west) e.west = lon;
      if (lon > e.east) e.east = lon;
      if (lat < e.south) e.south = lat;
      if (lat > e.north) e.north = lat;
    }
  return e;
}

const overlaps = (a: Extent, b: Extent) =>
  a.west <= b.east && a.east >= b.west && a.south <= b.north && a.north >= b.south;

/**
 * The shapes that can be seen in `view` first, the rest after, each group in its given order: a
 * layer drawn a slice at a time then fills the screen before it draws what is off it.
 */
export function onScreenFirst<F extends { geometry: Polygon | MultiPolygon }>(
  features: readonly F[],
  view: Extent,
): F[] {
  const seen: F[] = [];
  const unseen: F[] = [];
  for (const f of features) (overlaps(extentOf(f.geometry), view) ? seen : unseen).push(f);
  return [...seen, ...unseen];
}
