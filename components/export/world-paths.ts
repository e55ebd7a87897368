import type { Position } from "geojson";
import { loadBasemap } from "../map/basemap";
import { projectToFrame } from "./layout";

/** One country of the bundled basemap, projected onto the frame once and reused for every frame. */
export interface CountryPath {
  iso2: string | null;
  path: Path2D;
}

/** Each country's outline as SVG path data, keyed by its canvas path (for the SVG download). */
export const PATH_DATA = new WeakMap<Path2D, string>();

let cached: CountryPath[] | undefined;

function addRing(path: Path2D, ring: readonly Position[], d: string[]): void {
  ring.forEach(([lon = 0, lat = 0], i) => {
    const [x, y] = projectToFrame(lon, lat);
    if (i === 0) path.moveTo(x, y);
    else path.lineTo(x, y);
    d.push(`${i === 0 ? "M" : "L"}${x.toFixed(1)} ${y.toFixed(1)}`);
  });
  path.closePath();
  d.push("Z");
}

/** The same geometry as the live map (world-atlas via basemap.ts), as canvas paths. */
export function worldPaths(): CountryPath[] {
  if (cached) return cached;
  cached = loadBasemap().features.map((f) => {
    const path = new Path2D();
    const d: string[] = [];
    const polygons =
      f.geometry.type === "Polygon" ? [f.geometry.coordinates] : f.geometry.coordinates;
    for (const polygon of polygons) for (const ring of polygon) addRing(path, ring, d);
    PATH_DATA.set(path, d.join(""));
    return { iso2: f.properties.iso2, path };
  });
  return cached;
}
