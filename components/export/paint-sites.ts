import type { SiteState } from "@/lib/analytics/site-state";
import { siteStyle } from "../map/site-style";
import type { Ctx } from "./ctx";
import { projectToFrame } from "./layout";
import { PATH_DATA } from "./world-paths";

/** A circle as a canvas path, registered with its SVG path data so the SVG writer can draw it. */
function circle(x: number, y: number, r: number): Path2D {
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
/** The frame's world is small: markers at 60 % of the live map's size. */
const SCALE = 0.6;

/**
 * Known mining sites on an exported frame, as on the live map: sized by MW, filled when
 * energized, a ring under construction, dashed when announced, grey when closed or sold, with a
 * dotted area where the coordinates are only a region's or a country's centroid.
 */
export function paintSites(ctx: Ctx, sites: readonly SiteState[]): void {
  for (const site of sites) {
    const [x, y] = projectToFrame(site.lon, site.lat);
    const style = siteStyle(site);
    const area = AREA_PX[site.precision];
    if (area > 0) {
      ctx.setLineDash([1, 2]);
      ctx.strokeStyle = style.fillColor;
      ctx.lineWidth = 1;
      ctx.stroke(circle(x, y, area));
    }
    const dot = circle(x, y, Math.max(2, style.radius * SCALE));
    if (style.fillOpacity > 0) {
      ctx.fillStyle = style.fillColor;
      ctx.fill(dot);
    }
    ctx.setLineDash(style.dashArray ? [3, 2] : []);
    ctx.strokeStyle = style.fillOpacity > 0 ? "#ffffff" : style.color;
    ctx.lineWidth = style.fillOpacity > 0 ? 1 : Math.max(1.5, style.weight * SCALE);
    ctx.stroke(dot);
  }
  ctx.setLineDash([]);
}
