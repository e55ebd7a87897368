import type { SiteState } from "@/lib/analytics/site-state";
import type { TextBox as MarkBox } from "@/lib/export/text-boxes";
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

/** Where one site's marker sits on the frame: its centre, ring radius and any dotted area. */
interface SiteMark {
  site: SiteState;
  x: number;
  y: number;
  radius: number;
  area: number;
}

function siteMarks(sites: readonly SiteState[]): SiteMark[] {
  return inDrawingOrder(sites).map((site) => {
    const [x, y] = projectToFrame(site.lon, site.lat);
    const { radius } = siteStyle(site, { world: true });
    return { site, x, y, radius, area: AREA_PX[site.precision] };
  });
}

/**
 * The box each site marker covers (its ring, or its dotted area where that is larger, plus the
 * stroke): the text-layout check (lib/export/text-boxes.ts) fails when text lies on one.
 */
export function siteMarkerBoxes(sites: readonly SiteState[]): MarkBox[] {
  return siteMarks(sites).map(({ site, x, y, radius, area }) => {
    const r = Math.max(radius, area) + 1;
    return {
      text: `the marker of ${site.name}`,
      left: x - r,
      top: y - r,
      right: x + r,
      bottom: y + r,
    };
  });
}

/**
 * Known mining sites on an exported frame, as the live map draws them at world zoom (the frame
 * shows the whole world): small rings in the status colour (green running, orange under
 * construction, dashed blue announced, grey closed or sold), so no disc hides a country's colour,
 * stacked as on the map (running sites above plans above ended ones), with a dotted area where
 * the coordinates are only a region's or a country's centroid.
 */
export function paintSites(ctx: Ctx, sites: readonly SiteState[]): void {
  for (const { site, x, y, radius, area } of siteMarks(sites)) {
    const style = siteStyle(site, { world: true });
    if (area > 0) {
      ctx.setLineDash([1, 2]);
      ctx.strokeStyle = style.fillColor;
      ctx.lineWidth = 1;
      ctx.stroke(circle(x, y, area));
    }
    const dot = circle(x, y, radius);
    ctx.setLineDash(style.dashArray ? [3, 2] : []);
    ctx.strokeStyle = style.color;
    ctx.lineWidth = style.weight;
    ctx.stroke(dot);
  }
  ctx.setLineDash([]);
}
