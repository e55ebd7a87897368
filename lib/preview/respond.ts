import { createHash } from "node:crypto";
import { ImageResponse } from "next/og";
import type { ReactElement } from "react";
import { ApiError, toErrorResponse } from "../api/errors";
import { PREVIEW_RENDER_LIMIT } from "../api/limits";
import { counterFor, reserve } from "../api/rate-limit";
import { getStore } from "../store/instance";
import { PreviewBusyError, PreviewRenderer } from "./renderer";

export interface PreviewOptions {
  /** Who asks (lib/api/client.ts): renders, not cache hits, count against their limit. */
  client: string;
  cacheControl: string;
  size: { width: number; height: number };
}

// One renderer per process: the production server holds two copies of this module (Next's
// bundle and the read API's fast path), and the one-render-at-a-time bound must cover both.
const holder = globalThis as unknown as { __atlasPreviewRenderer?: PreviewRenderer };

export function previewRenderer(): PreviewRenderer {
  holder.__atlasPreviewRenderer ??= new PreviewRenderer();
  return holder.__atlasPreviewRenderer;
}

/**
 * The cache key of a preview: everything the image is drawn from — the card's props (the
 * parameters and the data they resolved to) and the size. New data changes the props, hence
 * the key; an ingest that changes nothing shown keeps the cached image.
 */
export function previewKey(element: ReactElement, size: PreviewOptions["size"]): string {
  const type = typeof element.type === "function" ? element.type.name : String(element.type);
  return createHash("sha256")
    .update(JSON.stringify([type, size, element.props]))
    .digest("base64url");
}

/** The PNG of `element` as a response: cached, rendered in turn, limited per client. */
export async function previewResponse(element: ReactElement, o: PreviewOptions): Promise<Response> {
  try {
    const { png, cached } = await previewRenderer().get(
      previewKey(element, o.size),
      async () => Buffer.from(await new ImageResponse(element, o.size).arrayBuffer()),
      async () => {
        await reserve(counterFor(await getStore()), PREVIEW_RENDER_LIMIT, o.client, 1);
      },
    );
    return new Response(new Uint8Array(png), {
      headers: {
        "Content-Type": "image/png",
        "Cache-Control": o.cacheControl,
        "X-Preview-Cache": cached ? "hit" : "miss",
      },
    });
  } catch (error) {
    if (error instanceof PreviewBusyError)
      return toErrorResponse(
        new ApiError(503, "busy", error.message, {
          "Retry-After": String(error.retryAfterSeconds),
        }),
      );
    return toErrorResponse(error);
  }
}
