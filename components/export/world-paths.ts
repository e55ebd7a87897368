import type { Position } from "geojson";
import { loadBasemap } from "../map/basemap";
import { projectToFrame } from "./layout";

/** One country of the bundled basemap, projected onto the frame once and reused for every frame. */
export interface CountryPath {
  iso2: string | null;
  path: Path2D;
}

let cached: CountryPath[] | undefined;

function addRing(path: Path2D, ring: readonly Position[]): void {
  ring.forEach(([lon = 0, lat = 0], i) => {
    const [x, y] = projectToFrame(lon, lat);
    if (i === 0) path.moveTo(x, y);
    else path.lineTo(x, y);
  });
  path.closePath();
}

/** The same geometry as the live map (world-atlas via basemap.ts), as canvas paths. */
export function worldPaths(): CountryPath[] {
  if (cached) return cached;
  cached = loadBasemap().features.map((f) => {
    const path = new Path2D();
    const polygons =
      f.geometry.type === "Polygon" ? [f.geometry.coordinates] : f.geometry.coordinates;
    for (const polygon of polygons) for (const ring of polygon) addRing(path, ring);
    return { iso2: f.properties.iso2, path };
  });
  return cached;
}
