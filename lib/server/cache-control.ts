import type { IncomingMessage, OutgoingHttpHeaders, ServerResponse } from "node:http";

/** A snapshot's data never changes once created: its JSON, CSV and preview image are cached for good. */
export const IMMUTABLE = "public, max-age=31536000, immutable";

/**
 * A snapshot's page: for the visitor's own browser only. The page carries a per-request CSP
 * nonce (header, script tags, inline payload), so a shared cache must never hold it — it would
 * hand every visitor the same nonce, and a nonce known in advance is no defence. Five minutes
 * spares a reload.
 */
export const SNAPSHOT_PAGE = "private, max-age=300";

/** /s/{id} (ids: 27-character content hashes). */
const SNAPSHOT_PAGE_PATH = /^\/s\/[A-Za-z0-9_-]{27}$/;

/** What an immutable answer may be: a real image, JSON or CSV body, never HTML or an RSC payload. */
const IMMUTABLE_TYPES = /^(image\/png|application\/json|text\/csv)\s*(;|$)/i;

/**
 * Decides caching when the status and type are known, which a header rule in next.config.js
 * cannot. Nothing is made immutable here: `immutable` stays only where the route itself said so
 * (a snapshot's data and preview image), and only on a 200 of PNG, JSON or CSV — Next's own
 * answers to its internal headers (`200 {}` to a prefetch) or an error page never are. A
 * snapshot page answered as HTML is private, whatever Next set.
 */
export function applyCachePolicy(req: IncomingMessage, res: ServerResponse): void {
  const path = (req.url ?? "/").split("?")[0] ?? "/";
  const snapshotPage = req.method === "GET" && SNAPSHOT_PAGE_PATH.test(path);
  const writeHead = res.writeHead;
  res.writeHead = function (this: ServerResponse, ...args: unknown[]) {
    const status = Number(args[0]);
    // writeHead(status, headers) or writeHead(status, reason, headers).
    const headers = args
      .slice(1)
      .find(
        (a): a is OutgoingHttpHeaders => typeof a === "object" && a !== null && !Array.isArray(a),
      );
    const read = (name: string) => {
      const key = Object.keys(headers ?? {}).find((k) => k.toLowerCase() === name);
      return String((key && headers?.[key]) ?? this.getHeader(name) ?? "");
    };
    const current = read("cache-control");
    const type = read("content-type");
    let decided: string | null = null;
    if (/immutable/i.test(current) && (status !== 200 || !IMMUTABLE_TYPES.test(type)))
      decided = "no-store";
    else if (snapshotPage && status === 200 && /^text\/html/i.test(type)) decided = SNAPSHOT_PAGE;
    if (decided) {
      this.setHeader("cache-control", decided);
      if (headers)
        for (const key of Object.keys(headers))
          if (/^cache-control$/i.test(key)) headers[key] = decided;
    }
    return writeHead.apply(this, args as Parameters<typeof writeHead>);
  } as typeof writeHead;
}
