import { createElement } from "react";
import { afterEach, describe, expect, test } from "vitest";
import { previewKey, previewRenderer, previewResponse } from "./respond";

/**
 * The production server holds two copies of the preview modules (Next's
 * bundle and the fast path) sharing one renderer, so a busy error may come from the other copy's
 * class, and a card's component name differs between them (minified in one).
 */

const holder = globalThis as unknown as { __atlasPreviewRenderer?: unknown };
afterEach(() => {
  delete holder.__atlasPreviewRenderer;
});

/** The same error as another bundle's copy of renderer.ts would throw: not our class. */
class PreviewBusyError extends Error {
  override name = "PreviewBusyError";
  readonly code = "preview_busy";
  constructor(readonly retryAfterSeconds: number) {
    super("Preview images are being rendered for others; try again shortly.");
  }
}

const props = { month: "2021-07", share: 0.42 };
const size = { width: 1200, height: 630 };
/** The card as the fast path names it, and as a minifier might in Next's bundle. */
function ShareCard(_: typeof props) {
  return null;
}
function a(_: typeof props) {
  return null;
}

describe("previews across two bundles", () => {
  test("a busy error from the other copy's class is 503 with Retry-After, not 500", async () => {
    holder.__atlasPreviewRenderer = {
      get: () => Promise.reject(new PreviewBusyError(7)),
    };
    const res = await previewResponse(createElement("div", props), {
      client: "127.0.0.1",
      cacheControl: "no-store",
      size,
    });
    expect(res.status).toBe(503);
    expect(res.headers.get("retry-after")).toBe("7");
    expect(await res.json()).toMatchObject({ error: { code: "busy" } });
  });

  test("any other error from the renderer is still a 500", async () => {
    holder.__atlasPreviewRenderer = { get: () => Promise.reject(new Error("boom")) };
    const res = await previewResponse(createElement("div", props), {
      client: "127.0.0.1",
      cacheControl: "no-store",
      size,
    });
    expect(res.status).toBe(500);
    expect(res.headers.get("retry-after")).toBeNull();
  });

  test("the cache key is the props and size alone: a minified component name keys the same card", () => {
    expect(previewKey(createElement(ShareCard, props), size)).toBe(
      previewKey(createElement(a, props), size),
    );
    expect(previewKey(createElement(a, { ...props, share: 0.43 }), size)).not.toBe(
      previewKey(createElement(a, props), size),
    );
    expect(previewRenderer()).toBeDefined();
  });
});
