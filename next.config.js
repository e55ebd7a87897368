/**
 * Security headers for every response. The CSP allows only our own origin; inline styles are
 * permitted because Next.js and Leaflet set style attributes. Framing is refused everywhere
 * except on /embed, the chromeless map other sites may put in an iframe.
 */
const isDev = process.env.NODE_ENV !== "production";

/**
 * The optional raster tile server (NEXT_PUBLIC_TILE_URL, see lib/env.ts) is the only external
 * origin the page may load from, and only for images. Unset (the default): self only.
 */
function tileOrigin() {
  const url = process.env.NEXT_PUBLIC_TILE_URL;
  if (!url) return "";
  try {
    return ` ${new URL(url.replace(/\{[a-z]\}/g, "a")).origin}`;
  } catch {
    return "";
  }
}

const cspParts = (frameAncestors) => [
  "default-src 'self'",
  `script-src 'self' 'unsafe-inline'${isDev ? " 'unsafe-eval'" : ""}`,
  "style-src 'self' 'unsafe-inline'",
  `img-src 'self' data: blob:${tileOrigin()}`,
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

const securityHeaders = [
  { key: "Content-Security-Policy", value: cspParts("'none'").join("; ") },
  { key: "X-Frame-Options", value: "DENY" },
  ...common,
];

/** /embed only: any site may frame it (no X-Frame-Options, frame-ancestors *). */
const embedHeaders = [
  { key: "Content-Security-Policy", value: cspParts("*").join("; ") },
  ...common,
];

/** @type {import('next').NextConfig} */
const nextConfig = {
  reactStrictMode: true,
  poweredByHeader: false,
  // Native and driver packages stay outside the server bundle.
  serverExternalPackages: ["better-sqlite3", "pg"],
  // `npm test` runs `tsc --noEmit` on everything; repeating it inside every build (and on a
  // first `npm start`) only costs time.
  typescript: { ignoreBuildErrors: true },
  async headers() {
    return [
      // Every path but /embed (regex: not followed by "embed" at the start).
      { source: "/:path((?!embed$|embed/).*)", headers: securityHeaders },
      { source: "/", headers: securityHeaders },
      { source: "/embed", headers: embedHeaders },
      // A snapshot never changes once created: let browsers and CDNs keep it.
      {
        source: "/s/:id",
        headers: [{ key: "Cache-Control", value: "public, max-age=31536000, immutable" }],
      },
    ];
  },
};

export default nextConfig;
