import { embedHeaders, securityHeaders } from "./lib/http/security-headers.js";

/**
 * Security headers (lib/http/security-headers.js) on every response, framing allowed on /embed
 * only; snapshots cached as immutable.
 */
const headerOptions = {
  dev: process.env.NODE_ENV !== "production",
  tileUrl: process.env.NEXT_PUBLIC_TILE_URL,
};

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
      { source: "/:path((?!embed$|embed/).*)", headers: securityHeaders(headerOptions) },
      { source: "/", headers: securityHeaders(headerOptions) },
      { source: "/embed", headers: embedHeaders(headerOptions) },
      // A snapshot never changes once created: let browsers and CDNs keep it.
      {
        source: "/s/:id",
        headers: [{ key: "Cache-Control", value: "public, max-age=31536000, immutable" }],
      },
    ];
  },
};

export default nextConfig;
