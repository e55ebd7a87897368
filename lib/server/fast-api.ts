import type { IncomingMessage, ServerResponse } from "node:http";
import { promisify } from "node:util";
import { gzip } from "node:zlib";
import { GET as country } from "../api/handlers/country";
import { GET as globalSouth } from "../api/handlers/global-south";
import { GET as health } from "../api/handlers/health";
import { GET as months } from "../api/handlers/months";
import { GET as nodes } from "../api/handlers/nodes";
import { GET as concentration } from "../api/handlers/pool-concentration";
import { GET as pools } from "../api/handlers/pools";
import { GET as preview } from "../api/handlers/preview";
import { GET as shares } from "../api/handlers/shares";
import { GET as siteCapacity } from "../api/handlers/site-capacity";
import { GET as siteFacts } from "../api/handlers/site-facts";
import { GET as sites } from "../api/handlers/sites";
import { env } from "../env";
import { type Header, securityHeaders } from "../http/security-headers.js";

type Handler = (request: Request) => Promise<Response>;

/**
 * The public read API, answered before Next.js sees the request: the same handlers
 * (lib/api/handlers/, which the files under app/api/ export, so `next dev` serves them as
 * usual), minus the framework's per-request work, which costs several times the handlers'
 * own (the bar: API throughput within 0.5× of a static file, measured by `npm run bench`). The deep-link preview image is
 * here too: under a flood of them, refusing the excess (lib/api/preview/) must cost next to nothing.
 * Writes, admin endpoints and anything not listed here go to Next.js.
 */
const EXACT: Record<string, Handler> = {
  "/api/health": health,
  "/api/v1/months": months,
  "/api/v1/shares": shares,
  "/api/v1/global-south": globalSouth,
  "/api/v1/nodes": nodes,
  "/api/v1/pools": pools,
  "/api/v1/pools/concentration": concentration,
  // The sites views: the heaviest of the read API (they grow with every imported site), served
  // from bytes cached per data version and compressed off the event loop.
  "/api/v1/sites": sites,
  "/api/v1/sites/capacity": siteCapacity,
  "/api/v1/sites/facts": siteFacts,
  "/api/og": preview,
};
const COUNTRY = /^\/api\/v1\/countries\/([^/]+)$/;

/** Below this a gzip member costs more than it saves. */
const GZIP_FROM_BYTES = 1024;
const gzipAsync = promisify(gzip);

/**
 * Compressed bodies by ETag (a hash of the content): the large cached views (sites) are the
 * same bytes for every request of a data version, and compressing megabytes per request held
 * a core. Bounded in bytes, oldest first.
 */
const GZIP_CACHE_BYTES = 32 * 1024 * 1024;
const gzipped = new Map<string, Buffer>();
let gzippedBytes = 0;

async function gzipOnce(body: Buffer, etag: string | undefined): Promise<Buffer> {
  const hit = etag ? gzipped.get(etag) : undefined;
  if (hit) return hit;
  const out = await gzipAsync(body, { level: 6 });
  if (etag && out.length < GZIP_CACHE_BYTES) {
    gzipped.set(etag, out);
    gzippedBytes += out.length;
    for (const [key, value] of gzipped) {
      if (gzippedBytes <= GZIP_CACHE_BYTES) break;
      gzipped.delete(key);
      gzippedBytes -= value.length;
    }
  }
  return out;
}

export function fastApiHandler(pathname: string): Handler | null {
  const exact = EXACT[pathname];
  if (exact) return exact;
  const match = COUNTRY.exec(pathname);
  if (!match) return null;
  const raw = match[1] ?? "";
  // A malformed escape is the route's 400 ("not an ISO code"), not a server error.
  let iso = raw;
  try {
    iso = decodeURIComponent(raw);
  } catch {}
  return (request) => country(request, { params: Promise.resolve({ iso }) });
}

/**
 * Answers `req` if it is a GET of a fast-path endpoint and returns true; otherwise leaves it
 * alone and returns false. Responses carry the same security headers Next.js would add.
 */
export async function serveFastApi(req: IncomingMessage, res: ServerResponse): Promise<boolean> {
  // Only origin-form paths under /api/: anything else (`//host/…`, `*`) is Next's to judge. The
  // Host header is not used: the handlers need the path and query only, and a malformed Host
  // must not turn into an error here.
  if (req.method !== "GET" || !req.url?.startsWith("/api/")) return false;
  const url = new URL(req.url, "http://localhost");
  const handler = fastApiHandler(url.pathname);
  if (!handler) return false;
  const response = await handler(new Request(url, { headers: requestHeaders(req) }));
  let body: Buffer = Buffer.from(await response.arrayBuffer());
  const headers: Record<string, string> = Object.fromEntries(response.headers);
  for (const { key, value } of apiHeaders()) headers[key] = value;
  // PNG is compressed already.
  const compressible = !/^image\//.test(headers["content-type"] ?? "");
  if (compressible && body.length >= GZIP_FROM_BYTES) {
    headers.vary = "Accept-Encoding";
    if (acceptsGzip(req.headers["accept-encoding"])) {
      // Off the event loop: a 60k-node location list takes milliseconds to compress.
      body = await gzipOnce(body, headers.etag);
      headers["content-encoding"] = "gzip";
    }
  }
  headers["content-length"] = String(body.length);
  res.writeHead(response.status, headers);
  res.end(body);
  return true;
}

/** Whether an Accept-Encoding header allows gzip (a `q=0` refuses it; `*` allows it). */
export function acceptsGzip(header: string | undefined): boolean {
  let gzipQ: number | null = null;
  let anyQ: number | null = null;
  for (const part of (header ?? "").split(",")) {
    const [name = "", ...params] = part.trim().toLowerCase().split(";");
    const q = params.map((p) => /^\s*q=([0-9.]+)\s*$/.exec(p)?.[1]).find((v) => v !== undefined);
    const weight = q === undefined ? 1 : Number(q);
    if (name.trim() === "gzip") gzipQ = weight;
    else if (name.trim() === "*") anyQ = weight;
  }
  return (gzipQ ?? anyQ ?? 0) > 0;
}

let cachedHeaders: Header[] | undefined;

/** What Next.js adds to these paths through next.config.js (the fast path runs in production only). */
function apiHeaders(): Header[] {
  cachedHeaders ??= securityHeaders({ dev: false, tileUrl: env().NEXT_PUBLIC_TILE_URL });
  return cachedHeaders;
}

function requestHeaders(req: IncomingMessage): Headers {
  const headers = new Headers();
  for (const [key, value] of Object.entries(req.headers))
    if (typeof value === "string") headers.set(key, value);
    else if (Array.isArray(value)) for (const v of value) headers.append(key, v);
  return headers;
}
