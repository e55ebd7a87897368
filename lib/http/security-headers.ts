/**
 * Security headers for every response, in one place for both servers that answer: Next.js (via
 * next.config.ts) and the read-only API fast path (lib/server/fast-api.ts). The CSP allows only
 * our own origin; inline styles are permitted because Next.js and Leaflet set style attributes.
 * Framing is refused everywhere except on /embed, the chromeless map other sites may frame.
 */

export interface Header {
  key: string;
  value: string;
}

export interface HeaderOptions {
  /** `next dev` needs eval for its fast refresh. */
  dev: boolean;
  /**
   * The optional raster tile server (NEXT_PUBLIC_TILE_URL, see lib/env.ts) is the only external
   * origin the page may load from, and only for images. Unset (the default): self only.
   */
  tileUrl: string | undefined;
}

function tileOrigin(url: string | undefined): string {
  if (!url) return "";
  try {
    return ` ${new URL(url.replace(/\{[a-z]\}/g, "a")).origin}`;
  } catch {
    return "";
  }
}

const cspParts = (frameAncestors: string, { dev, tileUrl }: HeaderOptions) => [
  "default-src 'self'",
  `script-src 'self' 'unsafe-inline'${dev ? " 'unsafe-eval'" : ""}`,
  "style-src 'self' 'unsafe-inline'",
  `img-src 'self' data: blob:${tileOrigin(tileUrl)}`,
  "font-src 'self'",
  "connect-src 'self'",
  `frame-ancestors ${frameAncestors}`,
  "base-uri 'self'",
  "form-action 'self'",
  "object-src 'none'",
];

const common: Header[] = [
  { key: "X-Content-Type-Options", value: "nosniff" },
  { key: "Referrer-Policy", value: "strict-origin-when-cross-origin" },
  { key: "Permissions-Policy", value: "camera=(), microphone=(), geolocation=()" },
];

/** Every route but /embed. */
export function securityHeaders(options: HeaderOptions): Header[] {
  return [
    { key: "Content-Security-Policy", value: cspParts("'none'", options).join("; ") },
    { key: "X-Frame-Options", value: "DENY" },
    ...common,
  ];
}

/** /embed only: any site may frame it (no X-Frame-Options, frame-ancestors *). */
export function embedHeaders(options: HeaderOptions): Header[] {
  return [{ key: "Content-Security-Policy", value: cspParts("*", options).join("; ") }, ...common];
}
