import type { SiteState } from "@/lib/analytics/site-state";
import type { CountryShare } from "@/lib/analytics/view-shape";
import type { FrameStamp } from "@/lib/export/frames";
import { wrapText } from "@/lib/export/wrap";
import { BREAKS, NO_DATA, PALETTE, shareColour } from "../map/colour";
import { SITE_COLOURS } from "../map/site-style";
import type { Ctx } from "./ctx";
import { FOOTER_Y, FRAME_HEIGHT, FRAME_WIDTH, MAP_BOX, SIDE_X } from "./layout";
import { circle, paintSites } from "./paint-sites";
import { COLOURS } from "./palette";
import type { CountryPath } from "./world-paths";

/** What one frame shows: the month's shares (null for a gap), the outlined members, the stamp. */
export interface FrameScene {
  stamp: FrameStamp;
  shares: ReadonlyMap<string, CountryShare> | null;
  members: ReadonlySet<string>;
  definitionName: string;
  /** Known mining sites at the month (empty when the layer is off or none is disclosed yet). */
  sites: readonly SiteState[];
}

const FONT = "system-ui, 'DejaVu Sans', Arial, sans-serif";
const SIDE_WIDTH = FRAME_WIDTH - SIDE_X - 12;
const FOOTER_WIDTH = FRAME_WIDTH - 24;

function text(
  ctx: Ctx,
  s: string,
  x: number,
  y: number,
  size: number,
  colour: string,
  bold = false,
) {
  ctx.font = `${bold ? "600 " : ""}${size}px ${FONT}`;
  ctx.fillStyle = colour;
  ctx.fillText(s, x, y);
}

/** Draws wrapped text; returns the y below it. */
function block(
  ctx: Ctx,
  s: string,
  at: { x: number; y: number; width: number; lines: number },
  size: number,
  colour: string,
  bold = false,
): number {
  ctx.font = `${bold ? "600 " : ""}${size}px ${FONT}`;
  const lines = wrapText(s, at.width, at.lines, (t) => ctx.measureText(t).width);
  lines.forEach((line, i) => {
    text(ctx, line, at.x, at.y + i * (size + 3), size, colour, bold);
  });
  return at.y + lines.length * (size + 3);
}

/** The choropleth: class colours as on the live map, members outlined on top, CCAF's asterisk dashed. */
function paintMap(ctx: Ctx, scene: FrameScene, world: readonly CountryPath[]) {
  ctx.save();
  // Greenland and the Arctic reach past the box's top: cut them there, not over the title.
  ctx.beginPath();
  ctx.rect(MAP_BOX.x, MAP_BOX.y, MAP_BOX.width, MAP_BOX.height);
  ctx.clip();
  ctx.fillStyle = COLOURS.ocean;
  ctx.fillRect(MAP_BOX.x, MAP_BOX.y, MAP_BOX.width, MAP_BOX.height);
  ctx.lineJoin = "round";
  for (const { iso2, path } of world) {
    const share = iso2 && scene.shares ? (scene.shares.get(iso2) ?? null) : null;
    ctx.fillStyle = scene.shares ? shareColour(share?.share ?? null) : NO_DATA;
    ctx.fill(path, "evenodd");
    ctx.strokeStyle = COLOURS.border;
    ctx.lineWidth = 0.6;
    ctx.stroke(path);
    if (share?.flagged) {
      ctx.setLineDash([3, 3]);
      ctx.strokeStyle = COLOURS.flagged;
      ctx.lineWidth = 1;
      ctx.stroke(path);
      ctx.setLineDash([]);
    }
  }
  // Outlines last, so a neighbour's white border never covers a member's blue one.
  ctx.strokeStyle = COLOURS.globalSouth;
  ctx.lineWidth = 1.2;
  for (const { iso2, path } of world) if (iso2 && scene.members.has(iso2)) ctx.stroke(path);
  paintSites(ctx, scene.sites);
  ctx.restore();
}

/** Line height of 12 px text: baselines this far apart never touch. */
const LINE = 15;

/** The legend under the figure; returns the y of the baseline below its last line. */
function paintLegend(ctx: Ctx, scene: FrameScene, top: number): number {
  const estimated = scene.stamp.estimated;
  text(
    ctx,
    estimated ? "Estimated share (%), low end" : "Share of global hashrate (%)",
    SIDE_X,
    top,
    13,
    COLOURS.ink,
    true,
  );
  const sw = Math.floor(SIDE_WIDTH / PALETTE.length);
  PALETTE.forEach((colour, i) => {
    ctx.fillStyle = colour;
    ctx.fillRect(SIDE_X + i * sw, top + 8, sw - 2, 14);
    const tick = i === 0 ? "0" : `${Number(((BREAKS[i - 1] ?? 0) * 100).toFixed(1))}`;
    text(ctx, tick, SIDE_X + i * sw, top + 36, 11, COLOURS.muted);
  });
  ctx.fillStyle = COLOURS.noData;
  ctx.fillRect(SIDE_X, top + 48, 22, 14);
  text(
    ctx,
    estimated ? "No evidence: unknown, not 0" : "No data: not named by the source",
    SIDE_X + 30,
    top + 60,
    12,
    COLOURS.ink,
  );
  ctx.strokeStyle = COLOURS.globalSouth;
  ctx.lineWidth = 2;
  ctx.strokeRect(SIDE_X + 1, top + 71, 20, 12);
  let y = block(
    ctx,
    `Global South (${scene.definitionName})`,
    { x: SIDE_X + 30, y: top + 82, width: SIDE_WIDTH - 30, lines: 2 },
    12,
    COLOURS.ink,
  );
  y += 7;
  if ([...(scene.shares?.values() ?? [])].some((s) => s.flagged)) {
    ctx.setLineDash([3, 3]);
    ctx.strokeStyle = COLOURS.flagged;
    ctx.lineWidth = 1;
    ctx.strokeRect(SIDE_X + 1.5, y - 10.5, 19, 11);
    ctx.setLineDash([]);
    text(ctx, "* possibly relocated via VPN/proxy", SIDE_X + 30, y, 12, COLOURS.ink);
    y += LINE + 7;
  }
  if (scene.sites.length > 0) {
    ctx.strokeStyle = SITE_COLOURS.energized;
    ctx.lineWidth = 2;
    ctx.setLineDash([]);
    ctx.stroke(circle(SIDE_X + 11, y - 4, 5));
    y = block(
      ctx,
      "Known mining sites as disclosed (size = MW), not hashrate: green running, orange building, blue announced, grey closed or sold",
      {
        x: SIDE_X + 30,
        y,
        width: SIDE_WIDTH - 30,
        lines: Math.min(4, linesBetween(y, FOOTER_Y - 8)),
      },
      12,
      COLOURS.ink,
    );
  }
  return y;
}

/** How many lines of 12 px text fit from baseline `y` with the last baseline at most `limit`. */
function linesBetween(y: number, limit: number): number {
  return Math.max(0, Math.floor((limit - y) / LINE) + 1);
}

/**
 * Lines for blocks that want `wants` lines each, out of `total`: one for every block first (so
 * none vanishes: a short one ends in an ellipsis), then the rest in order.
 */
export function shareLines(wants: readonly number[], total: number): number[] {
  const got = wants.map((w, i): number => (i < total && w > 0 ? 1 : 0));
  let left = total - got.reduce((a, b) => a + b, 0);
  wants.forEach((w, i) => {
    const more = Math.min(left, w - (got[i] ?? 0));
    if (more > 0) {
      got[i] = (got[i] ?? 0) + more;
      left -= more;
    }
  });
  return got;
}

/**
 * The right column: month, method, the Global South figure, the legend, and the method note when
 * it fits above the footer's divider (otherwise the footer carries it, full width). Every block
 * is placed below the last one as measured, never at a fixed height it might overrun.
 * Returns the method note when the footer must carry it.
 */
function paintSide(ctx: Ctx, scene: FrameScene): string | null {
  const { stamp } = scene;
  text(ctx, stamp.title, SIDE_X, MAP_BOX.y + 24, 28, COLOURS.ink, true);
  let y = MAP_BOX.y + 50;
  y = block(ctx, stamp.methodLine, { x: SIDE_X, y, width: SIDE_WIDTH, lines: 3 }, 13, COLOURS.ink);
  y = block(
    ctx,
    stamp.globalSouthLabel,
    { x: SIDE_X, y: y + 14, width: SIDE_WIDTH, lines: 2 },
    13,
    COLOURS.globalSouth,
    true,
  );
  const big = stamp.gap || stamp.globalSouthValue.length > 12 ? 16 : 28;
  y = block(
    ctx,
    stamp.globalSouthValue,
    { x: SIDE_X, y: y + big - 12, width: SIDE_WIDTH, lines: 2 },
    big,
    COLOURS.globalSouth,
    true,
  );
  if (stamp.unallocatedLine)
    y = block(
      ctx,
      stamp.unallocatedLine,
      { x: SIDE_X, y: y + 4, width: SIDE_WIDTH, lines: 3 },
      12,
      COLOURS.muted,
    );
  // A floor keeps the legend still from frame to frame of an animation where it can.
  const legendTop = Math.max(y + 22, MAP_BOX.y + 170);
  y = paintLegend(ctx, scene, legendTop);
  if (!stamp.methodNote) return null;
  ctx.font = `12px ${FONT}`;
  const note = wrapText(stamp.methodNote, SIDE_WIDTH, 99, (t) => ctx.measureText(t).width);
  const noteTop = y + 6;
  // The last baseline stays 8 px above the divider, so no descender touches it.
  if (note.length > linesBetween(noteTop, FOOTER_Y - 8)) return stamp.methodNote;
  block(
    ctx,
    stamp.methodNote,
    { x: SIDE_X, y: noteTop, width: SIDE_WIDTH, lines: note.length },
    12,
    COLOURS.ink,
  );
  return null;
}

/**
 * A month no source covers, said where it hides nothing: the first lines under the map (a banner
 * over the map once covered southern South America's sites). Returns the next block's baseline.
 */
function paintGapBanner(ctx: Ctx, stamp: FrameStamp, top: number): number {
  const y = block(
    ctx,
    `No data for ${stamp.title}`,
    { x: 12, y: top, width: FOOTER_WIDTH, lines: 1 },
    20,
    COLOURS.ink,
    true,
  );
  return (
    block(
      ctx,
      "No measured or reported figure covers this month: the map is grey, a gap, not interpolated.",
      { x: 12, y: y + 2, width: FOOTER_WIDTH, lines: 2 },
      13,
      COLOURS.ink,
    ) + 14
  );
}

/**
 * Source and licence, basis, caveats and the brand: the provenance every frame carries, with the
 * method note when the side column had no room for it. A block that does not fit ends in a
 * visible ellipsis; the brand line keeps its own last line.
 */
function paintFooter(ctx: Ctx, stamp: FrameStamp, note: string | null) {
  ctx.fillStyle = COLOURS.line;
  ctx.fillRect(12, FOOTER_Y, FRAME_WIDTH - 24, 1);
  const bottom = FRAME_HEIGHT - 24;
  let y = stamp.gap ? paintGapBanner(ctx, stamp, FOOTER_Y + 26) : FOOTER_Y + 17;
  const blocks = [
    // Source and licence first: the one block never shortened.
    stamp.sourceLine ? { s: stamp.sourceLine, n: 2, colour: COLOURS.ink } : null,
    note ? { s: note, n: 2, colour: COLOURS.ink } : null,
    stamp.basisLine ? { s: stamp.basisLine, n: 1, colour: COLOURS.muted } : null,
    // One block, so caveats that do not fit end in a visible ellipsis instead of vanishing.
    stamp.caveats.length > 0
      ? { s: `Caveats: ${stamp.caveats.join("; ")}`, n: 4, colour: COLOURS.muted }
      : null,
  ].filter((b) => b !== null);
  ctx.font = `12px ${FONT}`;
  const rooms = shareLines(
    blocks.map((b) =>
      Math.min(b.n, wrapText(b.s, FOOTER_WIDTH, 99, (t) => ctx.measureText(t).width).length),
    ),
    linesBetween(y, bottom),
  );
  blocks.forEach((b, i) => {
    const room = rooms[i] ?? 0;
    if (room > 0) y = block(ctx, b.s, { x: 12, y, width: FOOTER_WIDTH, lines: room }, 12, b.colour);
  });
  ctx.font = `600 12px ${FONT}`;
  const width = ctx.measureText(stamp.brandLine).width;
  text(ctx, stamp.brandLine, FRAME_WIDTH - 12 - width, FRAME_HEIGHT - 8, 12, COLOURS.ink, true);
}

/** Paints one whole frame; every pixel is overwritten, so frames never leak into each other. */
export function paintFrame(ctx: Ctx, scene: FrameScene, world: readonly CountryPath[]): void {
  ctx.fillStyle = COLOURS.paper;
  ctx.fillRect(0, 0, FRAME_WIDTH, FRAME_HEIGHT);
  text(ctx, "Bitcoin hashrate by country", 12, 36, 22, COLOURS.ink, true);
  paintMap(ctx, scene, world);
  const footerNote = paintSide(ctx, scene);
  paintFooter(ctx, scene.stamp, footerNote);
}
