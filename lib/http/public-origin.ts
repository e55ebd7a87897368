import { isIP } from "node:net";
import { env } from "../env";
import { forwardedProto } from "../net/proxy-trust";
import { CLIENT_ADDRESS_HEADER, trustedProxiesFromEnv } from "./client-address";

interface OriginOptions {
  /** ATLAS_PUBLIC_URL: when set, the only origin used. */
  publicUrl: string | undefined;
  /** ATLAS_ALLOWED_HOSTS: host names (or host:port) a request may name in its Host header. */
  allowedHosts: readonly string[];
  /** The scheme a trusted proxy reports (X-Forwarded-Proto), else http. */
  forwardedProto?: string | null;
}

/**
 * The origin for absolute links (og:image, the Atom feed): ATLAS_PUBLIC_URL when set; otherwise
 * the request's Host, but only when it is one the operator allowed (ATLAS_ALLOWED_HOSTS) or a
 * loopback name — a forged Host must not end up in a page or a shared cache. Null when there is
 * no such origin; never throws, whatever the Host header holds.
 */
export function publicOrigin(host: string | null | undefined, o: OriginOptions): string | null {
  if (o.publicUrl) return new URL(o.publicUrl).origin;
  if (!host) return null;
  let parsed: URL;
  try {
    parsed = new URL(`http://${host}`);
  } catch {
    return null;
  }
  // Anything beyond host[:port] (userinfo, a path, spaces the URL parser dropped) is not a Host.
  if (parsed.host !== host.toLowerCase() || parsed.username || parsed.pathname !== "/") return null;
  // An entry names a host with its port (`name:8443`) or without one (`name`, which then allows
  // no port): `name:1234` must not pass as `name`, since the origin ends up in cached pages.
  const allowed =
    isLoopback(parsed.hostname) || o.allowedHosts.some((entry) => entry === parsed.host);
  if (!allowed) return null;
  const proto = o.forwardedProto === "https" ? "https" : "http";
  return `${proto}://${parsed.host}`;
}

function isLoopback(hostname: string): boolean {
  const bare = hostname.replace(/^\[|\]$/g, "");
  if (bare === "localhost" || bare === "::1") return true;
  return isIP(bare) === 4 && bare.startsWith("127.");
}

/** publicOrigin with this instance's settings, from a request's headers. */
export function publicOriginFor(headers: Headers): string | null {
  const e = env();
  return publicOrigin(headers.get("host"), {
    publicUrl: e.ATLAS_PUBLIC_URL,
    allowedHosts: e.ATLAS_ALLOWED_HOSTS,
    forwardedProto: forwardedProto(
      headers,
      headers.get(CLIENT_ADDRESS_HEADER),
      trustedProxiesFromEnv(),
    ),
  });
}
