/**
 * Pure pixel work for the node layer: Web Mercator projection at zoom 0 (done once per
 * snapshot) and stamping dots into a reused RGBA buffer (done per redraw). Kept free of Leaflet
 * so it can be unit-tested and benchmarked on its own. Flat typed arrays, not objects: 25k–60k
 * points must redraw inside one frame (STYLE habit 9: the pixel buffer ≈ 11 ms for 25k).
 */

export interface ProjectedNodes {
  /** World x/y in 256-px tile units at zoom 0. */
  x: Float64Array;
  y: Float64Array;
  /** Dot radius class per point (0, 1, 2) from its node count. */
  size: Uint8Array;
  length: number;
}

const MAX_LAT = 85.0511287798;

export function projectNodes(locations: readonly (readonly [number, number, number])[]) {
  const n = locations.length;
  const out: ProjectedNodes = {
    x: new Float64Array(n),
    y: new Float64Array(n),
    size: new Uint8Array(n),
    length: n,
  };
  locations.forEach(([lat, lon, count], i) => {
    const clamped = Math.max(-MAX_LAT, Math.min(MAX_LAT, lat));
    const s = Math.sin((clamped * Math.PI) / 180);
    out.x[i] = ((lon + 180) / 360) * 256;
    out.y[i] = (0.5 - Math.log((1 + s) / (1 - s)) / (4 * Math.PI)) * 256;
    out.size[i] = count >= 20 ? 2 : count >= 4 ? 1 : 0;
  });
  return out;
}

/** Pixel offsets of a filled disc for each radius class, computed once. */
const STAMPS: readonly (readonly [number, number][])[] = [1, 2, 3].map((r) => {
  const pts: [number, number][] = [];
  for (let dy = -r; dy <= r; dy += 1)
    for (let dx = -r; dx <= r; dx += 1) if (dx * dx + dy * dy <= r * r + 0.5) pts.push([dx, dy]);
  return pts;
});

/** RGBA as one little-endian uint32 (ABGR in memory), the layout of ImageData on every browser we target. */
export function packColour(r: number, g: number, b: number, a: number): number {
  return ((a << 24) | (b << 16) | (g << 8) | r) >>> 0;
}

/**
 * Clears `pixels` (width × height) and stamps every node at `scale` (2^zoom) with the view's
 * top-left world pixel (`originX`, `originY`). Returns how many dots landed in view.
 */
export function drawNodes(
  nodes: ProjectedNodes,
  pixels: Uint32Array,
  width: number,
  height: number,
  view: { scale: number; originX: number; originY: number },
  colour: number,
): number {
  pixels.fill(0);
  let drawn = 0;
  for (let i = 0; i < nodes.length; i += 1) {
    const px = Math.round((nodes.x[i] ?? 0) * view.scale - view.originX);
    const py = Math.round((nodes.y[i] ?? 0) * view.scale - view.originY);
    if (px < -3 || py < -3 || px > width + 3 || py > height + 3) continue;
    drawn += 1;
    for (const [dx, dy] of STAMPS[nodes.size[i] ?? 0] ?? []) {
      const x = px + dx;
      const y = py + dy;
      if (x >= 0 && y >= 0 && x < width && y < height) pixels[y * width + x] = colour;
    }
  }
  return drawn;
}
