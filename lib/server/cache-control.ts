import type { IncomingMessage, OutgoingHttpHeaders, ServerResponse } from "node:http";

/** A snapshot never changes once created: its page and preview image are cached for good. */
export const IMMUTABLE = "public, max-age=31536000, immutable";

/** /s/{id} and its preview image (ids: 27-character content hashes). */
const SNAPSHOT = /^\/s\/[A-Za-z0-9_-]{27}(\/opengraph-image[^/]*)?$/;

/**
 * Decides caching when the status is known, which a header rule in next.config.js cannot: a
 * snapshot answered 200 is immutable; an error is never cached as immutable (a 404 for an id
 * that does not exist yet would otherwise be stuck in browsers and CDNs for a year).
 */
export function applyCachePolicy(req: IncomingMessage, res: ServerResponse): void {
  const path = (req.url ?? "/").split("?")[0] ?? "/";
  const snapshot = req.method === "GET" && SNAPSHOT.test(path);
  const writeHead = res.writeHead;
  res.writeHead = function (this: ServerResponse, ...args: unknown[]) {
    const status = Number(args[0]);
    // writeHead(status, headers) or writeHead(status, reason, headers).
    const headers = args
      .slice(1)
      .find(
        (a): a is OutgoingHttpHeaders => typeof a === "object" && a !== null && !Array.isArray(a),
      );
    const key = Object.keys(headers ?? {}).find((k) => k.toLowerCase() === "cache-control");
    const current = String((key && headers?.[key]) ?? this.getHeader("cache-control") ?? "");
    let decided: string | null = null;
    if (status >= 400 && /immutable/i.test(current)) decided = "no-store";
    else if (snapshot && status === 200) decided = IMMUTABLE;
    if (decided) {
      this.setHeader("cache-control", decided);
      if (headers)
        for (const key of Object.keys(headers))
          if (/^cache-control$/i.test(key)) headers[key] = decided;
    }
    return writeHead.apply(this, args as Parameters<typeof writeHead>);
  } as typeof writeHead;
}
