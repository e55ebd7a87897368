/**
 * Where things sit on an exported frame, and the map projection. No imports: the e2e test uses
 * `projectToFrame` to find a country's pixels in the downloaded file.
 */

/** 16:9 at a size chat apps and slides show unscaled, small enough to encode in about a second a frame. */
export const FRAME_WIDTH = 960;
export const FRAME_HEIGHT = 540;

/** The map's box on the frame; the right column holds month, Global South share and legend. */
export const MAP_BOX = { x: 12, y: 56, width: 640, height: 370 } as const;
export const SIDE_X = 672;
export const FOOTER_Y = 436;

/**
 * The part of the world drawn: Antarctica is not in the basemap, and the far south and north hold
 * no hashrate. East of 180° because the basemap unwraps Chukotka and Fiji there.
 */
const VIEW = { west: -170, east: 190, south: -56, north: 80 } as const;

/** Web Mercator, like the live map, so shapes look the same in both. */
function mercatorY(lat: number): number {
  const phi = (lat * Math.PI) / 180;
  return Math.log(Math.tan(Math.PI / 4 + phi / 2));
}

const SPAN_X = ((VIEW.east - VIEW.west) * Math.PI) / 180;
const TOP = mercatorY(VIEW.north);
const SPAN_Y = TOP - mercatorY(VIEW.south);
const SCALE = Math.min(MAP_BOX.width / SPAN_X, MAP_BOX.height / SPAN_Y);
// Centre the (aspect-preserving) map inside its box.
const OFFSET_X = MAP_BOX.x + (MAP_BOX.width - SPAN_X * SCALE) / 2;
const OFFSET_Y = MAP_BOX.y + (MAP_BOX.height - SPAN_Y * SCALE) / 2;

/** Longitude/latitude → pixel on the frame. */
export function projectToFrame(lon: number, lat: number): [number, number] {
  const x = OFFSET_X + (((lon - VIEW.west) * Math.PI) / 180) * SCALE;
  const clamped = Math.max(-85, Math.min(85, lat));
  const y = OFFSET_Y + (TOP - mercatorY(clamped)) * SCALE;
  return [x, y];
}
