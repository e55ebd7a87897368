import { GLOBAL_SOUTH_OUTLINE, NO_DATA, PALETTE } from "../map/colour";

/**
 * The exported frames' colours. A GIF frame has at most 256 colours; quantising each frame on its
 * own would pick slightly different colours every month and make the map flicker. Frames only
 * use these colours (plus the anti-aliased edges between them), so one fixed palette built from
 * them holds every frame exactly, and a class colour is the same index in every frame.
 */
export const COLOURS = {
  paper: "#ffffff",
  ocean: "#f7f9fc",
  ink: "#1d2430",
  muted: "#5b6577",
  line: "#dfe3ea",
  border: "#ffffff",
  /** CCAF's asterisk countries are dashed in this colour, as on the live map. */
  flagged: "#1d2430",
  noData: NO_DATA,
  globalSouth: GLOBAL_SOUTH_OUTLINE,
} as const;

export type Rgb = [number, number, number];

export function hexToRgb(hex: string): Rgb {
  const n = Number.parseInt(hex.slice(1), 16);
  return [(n >> 16) & 0xff, (n >> 8) & 0xff, n & 0xff];
}

function mix(a: Rgb, b: Rgb, t: number): Rgb {
  return [0, 1, 2].map((i) => Math.round((a[i] ?? 0) * (1 - t) + (b[i] ?? 0) * t)) as Rgb;
}

/**
 * Anti-aliased pixels fall between a colour and what it is drawn over or next to: the paper or
 * ocean, the text ink, a white border, the blue outline. Three steps towards each keep edges and
 * text smooth; any other pixel maps to its nearest entry.
 */
const EDGE_PARTNERS = [COLOURS.paper, COLOURS.ocean, COLOURS.ink, COLOURS.globalSouth];
const EDGE_STEPS = [0.25, 0.5, 0.75];

/** The fixed palette: every frame colour first (exact), then edge blends; duplicates removed. */
export function framePalette(): Rgb[] {
  const base = [...new Set<string>([...Object.values(COLOURS), ...PALETTE])].map(hexToRgb);
  const blends = base.flatMap((c) =>
    EDGE_PARTNERS.flatMap((p) => EDGE_STEPS.map((t) => mix(c, hexToRgb(p), t))),
  );
  const seen = new Set<string>();
  const out: Rgb[] = [];
  for (const c of [...base, ...blends]) {
    const key = c.join(",");
    if (seen.has(key)) continue;
    seen.add(key);
    out.push(c);
  }
  if (out.length > 256)
    throw new Error(`Frame palette has ${out.length} colours; a GIF allows 256`);
  return out;
}
