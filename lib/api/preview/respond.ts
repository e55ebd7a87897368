import { createHash } from "node:crypto";
import { ImageResponse } from "next/og";
import type { ReactElement } from "react";
import { getStore } from "../../bootstrap/instance";
import { ApiError, toErrorResponse } from "../errors";
import { PREVIEW_RENDER_LIMIT } from "../limits";
import { counterFor, reserve } from "../rate-limit";
import { isPreviewBusy, PreviewRenderer } from "./renderer";

interface PreviewOptions {
  /** Who asks (lib/api/client.ts): renders, not cache hits, count against their limit. */
  client: string;
  cacheControl: string;
  size: { width: number; height: number };
  /** The request, so the next one for the same URL and data finds the image (cachedPreview). */
  request?: Request;
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
 * parameters and the data they resolved to) and the size, and nothing else. Not the
 * component's name: Next's bundle minifies it and the fast path does not, so both paths would
 * render and cache the same card twice. New data changes the props, hence
 * the key; an ingest that changes nothing shown keeps the cached image.
 */
export function previewKey(element: ReactElement, size: PreviewOptions["size"]): string {
  return createHash("sha256")
    .update(JSON.stringify([size, element.props]))
    .digest("base64url");
}

/**
 * What the stored data is at: ingests are content-addressed and only ever added, so their count
 * and newest time change whenever anything a card could draw changes.
 */
async function dataVersion(): Promise<string> {
  const { db } = await getStore();
  const row = await db
    .selectFrom("ingests")
    .select((eb) => [eb.fn.countAll<string | number>().as("n"), eb.fn.max("fetched_at").as("at")])
    .executeTakeFirst();
  return `${row?.n ?? 0}:${row?.at ?? ""}`;
}

/** Request URL + data version → the key of the card it gave, so a repeat skips the queries. */
const aliases = new Map<string, string>();

async function aliasOf(request: Request): Promise<string> {
  const url = new URL(request.url);
  url.searchParams.sort();
  return `${url.pathname}?${url.searchParams}|${await dataVersion()}`;
}

/**
 * The cached image for this URL at the current data, as a response; null when it must be built.
 * Lets a route answer a repeat before it queries what the card shows.
 */
export async function cachedPreview(
  request: Request,
  cacheControl: string,
): Promise<Response | null> {
  const key = aliases.get(await aliasOf(request));
  const png = key ? previewRenderer().cached(key) : undefined;
  return png ? pngResponse(png, cacheControl, true) : null;
}

function pngResponse(png: Buffer, cacheControl: string, cached: boolean): Response {
  return new Response(new Uint8Array(png), {
    headers: {
      "Content-Type": "image/png",
      "Cache-Control": cacheControl,
      "X-Preview-Cache": cached ? "hit" : "miss",
    },
  });
}

/** The PNG of `element` as a response: cached, rendered in turn, limited per client. */
export async function previewResponse(element: ReactElement, o: PreviewOptions): Promise<Response> {
  try {
    const key = previewKey(element, o.size);
    const { png, cached } = await previewRenderer().get(
      key,
      async () => Buffer.from(await new ImageResponse(element, o.size).arrayBuffer()),
      async () => {
        await reserve(counterFor(await getStore()), PREVIEW_RENDER_LIMIT, o.client, 1);
      },
    );
    if (o.request) {
      if (aliases.size > 10_000) aliases.clear(); // bounded; a miss only costs the queries
      aliases.set(await aliasOf(o.request), key);
    }
    return pngResponse(png, o.cacheControl, cached);
  } catch (error) {
    if (isPreviewBusy(error))
      return toErrorResponse(
        new ApiError(503, "busy", error.message, {
          "Retry-After": String(error.retryAfterSeconds),
        }),
      );
    return toErrorResponse(error);
  }
}
