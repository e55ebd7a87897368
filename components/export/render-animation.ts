import { sitesAtMonth } from "@/lib/analytics/site-state";
import { formatMonth } from "@/lib/core/month";
import type { ExportFormat, PlannedFrame, StampInput } from "@/lib/export/frames";
import type { SharesResponse, SiteFactsResponse } from "@/lib/responses/schemas";
import type { FrameEncoder } from "./encoder";
import { FRAME_HEIGHT, FRAME_WIDTH } from "./layout";
import { paintFrame } from "./paint-frame";
import { framePalette } from "./palette";
import { type EstimatedMonth, monthScene } from "./scene";
import type { WebmSupport } from "./webm-support";
import { worldPaths } from "./world-paths";

interface AnimationRequest {
  frames: readonly PlannedFrame[];
  format: ExportFormat;
  /** Required for WebM: the codec the browser said it supports. */
  webm: Extract<WebmSupport, { ok: true }> | null;
  loadShares: (month: string) => Promise<SharesResponse | null>;
  /** The estimate of a month planned as estimated, on the view's assumptions (no request). */
  estimateAt: (month: string) => EstimatedMonth | null;
  /** Month → Global South share for the chosen definition. */
  globalSouth: ReadonlyMap<string, NonNullable<StampInput["globalSouth"]>>;
  definitionName: string;
  members: ReadonlySet<string>;
  /** Every known site's facts, placed at each frame's month; null draws no sites. */
  siteFacts: SiteFactsResponse | null;
  origin: string;
  signal: AbortSignal;
  onProgress: (done: number, total: number) => void;
}

/**
 * A macrotask between frames: input, paint and the Cancel button get their turn. A message, not
 * setTimeout, because browsers throttle timers in background tabs to one a second (or a minute),
 * which would stall an export the user left running in another tab.
 */
function nextTask(): Promise<void> {
  return new Promise((resolve) => {
    const channel = new MessageChannel();
    channel.port1.onmessage = () => {
      channel.port1.close();
      resolve();
    };
    channel.port2.postMessage(null);
  });
}

async function openEncoder(req: AnimationRequest): Promise<FrameEncoder> {
  // Each encoder (and its library) is fetched only when that format is chosen.
  if (req.format === "gif") {
    const { gifEncoder } = await import("./encode-gif");
    return gifEncoder(FRAME_WIDTH, FRAME_HEIGHT, framePalette());
  }
  if (!req.webm) throw new Error("WebM is not available in this browser");
  const { webmEncoder } = await import("./encode-webm");
  return webmEncoder(FRAME_WIDTH, FRAME_HEIGHT, req.webm);
}

/**
 * Renders the planned months on an offscreen canvas and encodes them, one frame per task.
 * Rejects with the signal's reason when cancelled; the encoder is released either way.
 */
export async function renderAnimation(req: AnimationRequest): Promise<Blob> {
  const canvas = new OffscreenCanvas(FRAME_WIDTH, FRAME_HEIGHT);
  // The GIF encoder reads every frame back; telling the canvas keeps it in CPU memory.
  const ctx = canvas.getContext("2d", { willReadFrequently: req.format === "gif" });
  if (!ctx) throw new Error("This browser cannot draw on an offscreen canvas");
  const world = worldPaths();
  const encoder = await openEncoder(req);
  try {
    for (const [i, frame] of req.frames.entries()) {
      req.signal.throwIfAborted();
      const estimate = frame.estimated ? req.estimateAt(frame.month) : null;
      if (frame.estimated && !estimate)
        throw new Error(`the estimate for ${formatMonth(frame.month)} is not available`);
      const shares = frame.gap || estimate ? null : await req.loadShares(frame.month);
      const scene = monthScene({
        month: frame.month,
        shares,
        globalSouth: req.globalSouth.get(frame.month) ?? null,
        estimate,
        definitionName: req.definitionName,
        members: req.members,
        sites: req.siteFacts ? sitesAtMonth(req.siteFacts.facts, frame.month) : [],
        origin: req.origin,
      });
      paintFrame(ctx, scene, world);
      await encoder.addFrame(canvas, frame.durationMs);
      req.onProgress(i + 1, req.frames.length);
      await nextTask();
    }
    req.signal.throwIfAborted();
    return await encoder.finish();
  } finally {
    encoder.close();
  }
}
