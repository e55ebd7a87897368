/**
 * Security headers for every response, in one place for both servers that answer: Next.js (via
 * next.config.js, which loads plain JavaScript, hence this file's language; types in the .d.ts
 * beside it) and the read-only API fast path (lib/server/fast-api.ts). The CSP allows only our
 * own origin; inline styles are permitted because Next.js and Leaflet set style attributes.
 * Framing is refused everywhere except on /embed, the chromeless map other sites may frame.
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

/**
 * @param {string} frameAncestors
 * @param {import("./security-headers").HeaderOptions} options
 */
const cspParts = (frameAncestors, { dev, tileUrl }) => [
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

const common = [
  { key: "X-Content-Type-Options", value: "nosniff" },
  { key: "Referrer-Policy", value: "strict-origin-when-cross-origin" },
  { key: "Permissions-Policy", value: "camera=(), microphone=(), geolocation=()" },
];

/** @param {import("./security-headers").HeaderOptions} options */
export function securityHeaders(options) {
  return [
    { key: "Content-Security-Policy", value: cspParts("'none'", options).join("; ") },
    { key: "X-Frame-Options", value: "DENY" },
    ...common,
  ];
}

/** @param {import("./security-headers").HeaderOptions} options */
export function embedHeaders(options) {
  return [{ key: "Content-Security-Policy", value: cspParts("*", options).join("; ") }, ...common];
}
