import type { SiteState } from "@/lib/analytics/site-state";
import { inDrawingOrder, siteStyle } from "../map/site-style";
import type { Ctx } from "./ctx";
import { projectToFrame } from "./layout";
import { PATH_DATA } from "./world-paths";

/** A circle as a canvas path, registered with its SVG path data so the SVG writer can draw it. */
export function circle(x: number, y: number, r: number): Path2D {
  const path = new Path2D();
  path.arc(x, y, r, 0, 2 * Math.PI);
  PATH_DATA.set(
    path,
    `M${(x - r).toFixed(1)} ${y.toFixed(1)}a${r.toFixed(1)} ${r.toFixed(1)} 0 1 0 ${(2 * r).toFixed(1)} 0a${r.toFixed(1)} ${r.toFixed(1)} 0 1 0 ${(-2 * r).toFixed(1)} 0Z`,
  );
  return path;
}

/** Frame pixels around a centroid that only places a site within a region or a country. */
const AREA_PX = { locality: 0, region: 7, country: 14 } as const;

/**
 * Known mining sites on an exported frame, as the live map draws them at world zoom (the frame
 * shows the whole world): small rings in the status colour (green running, orange under
 * construction, dashed blue announced, grey closed or sold), so no disc hides a country's colour,
 * stacked as on the map (running sites above plans above ended ones), with a dotted area where
 * the coordinates are only a region's or a country's centroid.
 */
export function paintSites(ctx: Ctx, sites: readonly SiteState[]): void {
  for (const site of inDrawingOrder(sites)) {
    const [x, y] = projectToFrame(site.lon, site.lat);
    const style = siteStyle(site, { world: true });
    const area = AREA_PX[site.precision];
    if (area > 0) {
      ctx.setLineDash([1, 2]);
      ctx.strokeStyle = style.fillColor;
      ctx.lineWidth = 1;
      ctx.stroke(circle(x, y, area));
    }
    const dot = circle(x, y, style.radius);
    ctx.setLineDash(style.dashArray ? [3, 2] : []);
    ctx.strokeStyle = style.color;
    ctx.lineWidth = style.weight;
    ctx.stroke(dot);
  }
  ctx.setLineDash([]);
}
