import type { IncomingMessage, ServerResponse } from "node:http";

/**
 * What the production server checks before anything else sees a request (lib/server/serve.ts).
 * Next.js acts on some request headers that only its own infrastructure should send: with
 * `x-middleware-prefetch: 1` a page answers `200 {}`, and `x-middleware-subrequest` skips the
 * proxy (CVE-2025-29927). A client never has a reason to send these, so they are removed here.
 */

/** Header name prefixes that are Next.js's internal protocol, never a client's. */
const INTERNAL_PREFIXES = ["x-middleware-", "x-nextjs-", "x-invoke-", "next-"];
/** Exact internal names outside those prefixes. */
const INTERNAL_NAMES = new Set(["x-matched-path", "x-now-route-matches"]);
/**
 * `next-*` headers the browser's own router sends on client-side navigation (with `rsc: 1`);
 * without them a soft navigation would fall back to a full render. None of them reaches
 * caching: those answers are RSC payloads, never HTML, PNG or JSON (cache-control.ts).
 */
const ROUTER_HEADERS = new Set([
  "next-router-state-tree",
  "next-router-prefetch",
  "next-router-segment-prefetch",
  "next-url",
]);

/** Whether a request header is Next's internal protocol and must not come from outside. */
function isInternalHeader(name: string): boolean {
  const key = name.toLowerCase();
  if (ROUTER_HEADERS.has(key)) return false;
  return INTERNAL_NAMES.has(key) || INTERNAL_PREFIXES.some((p) => key.startsWith(p));
}

/** Removes internal headers from an incoming request, in place. */
export function stripInternalHeaders(req: IncomingMessage): void {
  for (const name of Object.keys(req.headers)) if (isInternalHeader(name)) delete req.headers[name];
  // rawHeaders is what some code paths re-read; keep it in step.
  const raw: string[] = [];
  for (let i = 0; i + 1 < req.rawHeaders.length; i += 2) {
    const name = req.rawHeaders[i] ?? "";
    if (!isInternalHeader(name)) raw.push(name, req.rawHeaders[i + 1] ?? "");
  }
  req.rawHeaders.splice(0, req.rawHeaders.length, ...raw);
}

/** A snapshot's preview image: immutable, so every distinct URL would be a year-long cache entry. */
const SNAPSHOT_IMAGE = /^\/s\/[A-Za-z0-9_-]{27}\/opengraph-image[^/?]*$/;
/** The one query Next puts on a preview image's URL: a content hash of the image's source file. */
const NEXT_IMAGE_HASH = /^[0-9a-f]{6,64}$/i;

/** Methods the app never serves and Next would answer with a stack trace (or echo, for TRACE). */
const REFUSED_METHODS = new Set(["TRACE", "TRACK", "CONNECT"]);

/**
 * Refuses what no route of the app serves, before the framework: TRACE/TRACK/CONNECT (405),
 * `OPTIONS *` and any other request target that is not a path (400), and the absolute form
 * (`GET http://evil.example/api/health`), which Next would redirect to that foreign host (400);
 * and a snapshot's preview image with a query other than Next's own hash (400): `?x=1`, `?x=2`
 * … would each be another immutable copy in a shared cache.
 * Returns true when it answered.
 */
export function refuseUnservable(req: IncomingMessage, res: ServerResponse): boolean {
  const method = (req.method ?? "").toUpperCase();
  if (REFUSED_METHODS.has(method)) {
    answer(res, 405, "method_not_allowed", `${method} is not served.`, {
      allow: "GET, HEAD, POST, DELETE, OPTIONS",
    });
    return true;
  }
  const target = req.url ?? "";
  if (!target.startsWith("/")) {
    answer(
      res,
      400,
      "bad_request_target",
      target === "*"
        ? "The asterisk form (OPTIONS *) is not served; ask about a path."
        : "Only origin-form request targets (a path) are served; send the host in the Host header.",
    );
    return true;
  }
  const [path = "", query] = splitTarget(target);
  if (SNAPSHOT_IMAGE.test(path) && query !== undefined && !NEXT_IMAGE_HASH.test(query)) {
    answer(res, 400, "invalid_parameter", "A snapshot's preview image takes no parameters.");
    return true;
  }
  return false;
}

function splitTarget(target: string): [string, string | undefined] {
  const at = target.indexOf("?");
  return at < 0 ? [target, undefined] : [target.slice(0, at), target.slice(at + 1)];
}

function answer(
  res: ServerResponse,
  status: number,
  code: string,
  message: string,
  extra: Record<string, string> = {},
): void {
  const body = JSON.stringify({ error: { code, message } });
  res.writeHead(status, {
    "content-type": "application/json",
    "content-length": String(Buffer.byteLength(body)),
    "cache-control": "no-store",
    "x-content-type-options": "nosniff",
    connection: "close",
    ...extra,
  });
  res.end(body);
}
