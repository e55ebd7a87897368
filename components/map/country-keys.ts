/**
 * Moving between countries with the arrow keys (pure, unit tested): each country is a point —
 * the middle of its largest polygon's bounding box, so France is not placed between Paris and
 * French Guiana — and an arrow goes to the nearest country in that direction, preferring
 * countries straight ahead over ones far to the side.
 */
import type { MultiPolygon, Polygon, Position } from "geojson";

export interface CountryPoint {
  iso2: string;
  lon: number;
  lat: number;
}

export type Direction = "ArrowUp" | "ArrowDown" | "ArrowLeft" | "ArrowRight";

const UNIT: Record<Direction, [number, number]> = {
  ArrowUp: [0, 1],
  ArrowDown: [0, -1],
  ArrowLeft: [-1, 0],
  ArrowRight: [1, 0],
};

/** How much a step to the side counts against a candidate, compared with a step ahead. */
const SIDEWAYS_WEIGHT = 2;

function bboxOf(ring: readonly Position[]): [number, number, number, number] {
  let [w, s, e, n] = [Infinity, Infinity, -Infinity, -Infinity];
  for (const [x = 0, y = 0] of ring) {
    w = Math.min(w, x);
    e = Math.max(e, x);
    s = Math.min(s, y);
    n = Math.max(n, y);
  }
  return [w, s, e, n];
}

/** The middle of the largest polygon's bounding box. */
export function countryPoint(geometry: Polygon | MultiPolygon): { lon: number; lat: number } {
  const outers =
    geometry.type === "Polygon"
      ? [geometry.coordinates[0] ?? []]
      : geometry.coordinates.map((p) => p[0] ?? []);
  let best = { area: -1, lon: 0, lat: 0 };
  for (const ring of outers) {
    const [w, s, e, n] = bboxOf(ring);
    const area = (e - w) * (n - s);
    if (area > best.area) best = { area, lon: (w + e) / 2, lat: (s + n) / 2 };
  }
  return { lon: best.lon, lat: best.lat };
}

/** The country an arrow key leads to from `from`, or null when none lies that way. */
export function nextCountry(
  points: readonly CountryPoint[],
  from: { lon: number; lat: number; iso2?: string },
  direction: Direction,
): CountryPoint | null {
  const [dx, dy] = UNIT[direction];
  let best: CountryPoint | null = null;
  let bestScore = Infinity;
  for (const p of points) {
    if (p.iso2 === from.iso2) continue;
    const vx = p.lon - from.lon;
    const vy = p.lat - from.lat;
    const ahead = vx * dx + vy * dy;
    if (ahead <= 0) continue;
    const side = Math.abs(vx * dy - vy * dx);
    const score = ahead + SIDEWAYS_WEIGHT * side;
    if (score < bestScore) {
      bestScore = score;
      best = p;
    }
  }
  return best;
}

/** The country nearest a point (where the keyboard starts: the middle of the map). */
export function nearestCountry(
  points: readonly CountryPoint[],
  at: { lon: number; lat: number },
): CountryPoint | null {
  let best: CountryPoint | null = null;
  let bestDistance = Infinity;
  for (const p of points) {
    const d = (p.lon - at.lon) ** 2 + (p.lat - at.lat) ** 2;
    if (d < bestDistance) {
      bestDistance = d;
      best = p;
    }
  }
  return best;
}
