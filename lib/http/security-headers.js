/**
 * Security headers for every response, in one place for everything that answers: Next.js's
 * config (next.config.js loads plain JavaScript, hence this file's language; types in the .d.ts
 * beside it), the proxy that gives every page its CSP nonce (proxy.ts), and the read-only API
 * fast path (lib/server/fast-api.ts).
 *
 * Scripts: only our own files, plus inline scripts carrying the request's nonce — never
 * 'unsafe-inline', so an injected <script> does not run. Inline styles stay allowed because
 * Leaflet and React set style attributes (a nonce cannot cover attributes). Framing is refused
 * everywhere except on /embed, the chromeless map other sites may frame.
 */

/** @param {string | undefined} url */
function tileOrigin(url) {
  if (!url) return "";
  try {
    return ` ${new URL(url.replace(/\{[a-z]\}/g, "a")).origin}`;
  } catch {
    return "";
  }
}

/** @param {import("./security-headers").CspOptions} options */
export function contentSecurityPolicy({ dev, tileUrl, nonce, frameable }) {
  return [
    "default-src 'self'",
    `script-src 'self'${nonce ? ` 'nonce-${nonce}'` : ""}${dev ? " 'unsafe-eval'" : ""}`,
    "style-src 'self' 'unsafe-inline'",
    `img-src 'self' data: blob:${tileOrigin(tileUrl)}`,
    "font-src 'self'",
    "connect-src 'self'",
    `frame-ancestors ${frameable ? "*" : "'none'"}`,
    "base-uri 'self'",
    "form-action 'self'",
    "object-src 'none'",
  ].join("; ");
}

const COMMON = [
  { key: "X-Content-Type-Options", value: "nosniff" },
  { key: "Referrer-Policy", value: "strict-origin-when-cross-origin" },
  { key: "Permissions-Policy", value: "camera=(), microphone=(), geolocation=()" },
];

/**
 * Everything but the CSP (which the proxy sets per request): for next.config.js. Only exactly
 * `/embed` may be framed; a 404 under /embed/… is refused like any other page.
 * @param {{ frameable: boolean }} options
 */
export function baseHeaders({ frameable }) {
  return frameable ? [...COMMON] : [{ key: "X-Frame-Options", value: "DENY" }, ...COMMON];
}

/**
 * The complete set for a response no proxy runs for (static files, the API fast path): a CSP
 * without a nonce, so no inline script at all.
 * @param {import("./security-headers").HeaderOptions} options
 */
export function securityHeaders(options) {
  return [
    {
      key: "Content-Security-Policy",
      value: contentSecurityPolicy({ ...options, nonce: null, frameable: false }),
    },
    ...baseHeaders({ frameable: false }),
  ];
}
