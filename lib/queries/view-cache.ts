import { createHash } from "node:crypto";
import { getDataVersion } from "../store/ingests";
import type { Db } from "../store/schema";

/**
 * Heavy views (site states, disclosed capacity, a country's evidence) computed once per data
 * version, not per request: after a large import, `/api/v1/sites/capacity` cost 7 s of CPU per
 * request and three clients held `/api/health` at 18 s. A request checks
 * the version (two small aggregates) and takes the view computed for it; concurrent requests
 * for the same view share one computation.
 */

/** Views kept per database; the oldest computed goes first. */
const MAX_VIEWS = 256;

type Views = Map<string, Promise<unknown>>;

// On globalThis: the production server holds two copies of this module (Next's bundle and the
// fast path), and one computation must serve both.
const holder = globalThis as unknown as { __atlasViewCache?: WeakMap<Db, Views> };
holder.__atlasViewCache ??= new WeakMap();
const caches = holder.__atlasViewCache;

/** Counts computations per view name (tests and the bench read it). */
export const viewComputations = new Map<string, number>();

/** The view `name` for `key` at the current data version, computed by `compute` at most once. */
export async function cachedView<T>(
  db: Db,
  name: string,
  key: string,
  compute: () => Promise<T>,
): Promise<T> {
  let views = caches.get(db);
  if (!views) {
    views = new Map();
    caches.set(db, views);
  }
  const id = `${name}\u0000${key}\u0000${await getDataVersion(db)}`;
  const hit = views.get(id);
  if (hit) return hit as Promise<T>;
  viewComputations.set(name, (viewComputations.get(name) ?? 0) + 1);
  const pending = compute();
  views.set(id, pending);
  // A failure is not kept: the next request tries again.
  pending.catch(() => views.delete(id));
  while (views.size > MAX_VIEWS) {
    const oldest = views.keys().next();
    if (oldest.done) break;
    views.delete(oldest.value);
  }
  return pending;
}

/**
 * A view's JSON bytes, serialised once per data version too: a large view's `JSON.stringify`
 * per request would hold the event loop as the computation did.
 */
export function cachedJson(
  db: Db,
  name: string,
  key: string,
  compute: () => Promise<unknown>,
): Promise<JsonBytes> {
  return cachedView(db, `${name}.json`, key, async () => {
    const bytes = new TextEncoder().encode(JSON.stringify(await compute()));
    return {
      bytes,
      etag: `"${createHash("sha256").update(bytes).digest("base64url").slice(0, 27)}"`,
    };
  });
}

/** A view's JSON, serialised, with the ETag of its content. */
interface JsonBytes {
  bytes: Uint8Array;
  etag: string;
}

/**
 * A JSON response of bytes already serialised. Its ETag lets the fast path keep the compressed
 * bytes too (lib/server/fast-api.ts), so a large view costs no gzip per request either.
 */
export function jsonBytesResponse({ bytes, etag }: JsonBytes, cacheControl: string): Response {
  return new Response(bytes as BodyInit, {
    headers: { "Content-Type": "application/json", "Cache-Control": cacheControl, ETag: etag },
  });
}
