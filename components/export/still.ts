import type { SiteState } from "@/lib/analytics/site-state";
import type { StampInput } from "@/lib/export/frames";
import type { SharesResponse } from "@/lib/responses/schemas";
import { FRAME_HEIGHT, FRAME_WIDTH } from "./layout";
import { paintFrame } from "./paint-frame";
import { type EstimatedMonth, monthScene } from "./scene";
import { SvgContext } from "./svg-context";
import { worldPaths } from "./world-paths";

type StillFormat = "png" | "svg";

interface StillRequest {
  month: string;
  shares: SharesResponse | null;
  globalSouth: StampInput["globalSouth"];
  definitionId: string;
  definitionName: string;
  members: ReadonlySet<string>;
  /** Known mining sites at the month (empty: none drawn). */
  sites: readonly SiteState[];
  origin: string;
  /**
   * The month shows the estimate from evidence (as the map does): its ranges, coloured by their
   * lower ends like the map's, replace the shares, and the stamp says what they are.
   */
  estimate?: EstimatedMonth | null;
}

/** `hashrate-atlas_2021-07_unctad.png`: the month and definition, like the animation's names. */
export function stillFilename(req: Pick<StillRequest, "month" | "definitionId">, f: StillFormat) {
  return `hashrate-atlas_${req.month}_${req.definitionId}.${f}`;
}

/**
 * The view as one still image — the animation's frame for the month: map, legend and the stamp
 * with month, method, coverage, the Global South figure (a range where the source leaves
 * hashrate open), source, licence, basis and caveats. PNG from a canvas, SVG from the same
 * painter writing SVG. Loaded on demand (not in the page's first load).
 */
export async function renderStill(req: StillRequest, format: StillFormat): Promise<Blob> {
  const scene = monthScene({ ...req, estimate: req.estimate ?? null });
  const { stamp } = scene;
  if (format === "svg") {
    const svg = new SvgContext();
    paintFrame(svg, scene, worldPaths());
    const title = `Bitcoin hashrate by country, ${stamp.title} — ${stamp.globalSouthLabel}: ${stamp.globalSouthValue}`;
    return new Blob([svg.toSvg(FRAME_WIDTH, FRAME_HEIGHT, title)], { type: "image/svg+xml" });
  }
  const canvas = new OffscreenCanvas(FRAME_WIDTH, FRAME_HEIGHT);
  const ctx = canvas.getContext("2d");
  if (!ctx) throw new Error("This browser cannot draw on an offscreen canvas");
  paintFrame(ctx, scene, worldPaths());
  return canvas.convertToBlob({ type: "image/png" });
}
