import { baseHeaders, securityHeaders } from "./lib/http/security-headers.js";

/**
 * Security headers (lib/http/security-headers.js) on every response: the CSP comes from the
 * proxy (proxy.ts, a fresh script nonce per request) for everything it runs on, and from here for
 * the static files it skips; framing is allowed on exactly /embed. Caching of snapshot pages is
 * set by the production server, for successful answers only (lib/server/cache-control.ts).
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
  productionBrowserSourceMaps: process.env.ATLAS_SOURCE_MAPS === "1",
  experimental: {
    // The stylesheets are small (a few KB in all); inlined, the first paint waits for no
    // render-blocking request.
    inlineCss: true,
  },
  async headers() {
    return [
      // Every path but exactly /embed (regex: not "embed" alone).
      { source: "/:path((?!embed$).*)", headers: baseHeaders({ frameable: false }) },
      { source: "/", headers: baseHeaders({ frameable: false }) },
      { source: "/embed", headers: baseHeaders({ frameable: true }) },
      // Files the proxy does not run for.
      { source: "/_next/:path*", headers: securityHeaders(headerOptions) },
    ];
  },
};

export default nextConfig;
