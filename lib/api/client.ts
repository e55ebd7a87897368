import ipaddr from "ipaddr.js";
import { env } from "../env";

/**
 * The header the production server (lib/server/serve.ts) sets on every request to the socket's
 * peer address, after removing any a client sent: route handlers cannot see the socket.
 */
export const CLIENT_ADDRESS_HEADER = "x-atlas-client-address";

/**
 * Who a request is from, for per-client limits. Behind a trusted proxy (ATLAS_TRUST_PROXY=1) the
 * last X-Forwarded-For entry — the one the proxy appended — since a client can send any value
 * itself; otherwise the socket's address. IPv6 clients are grouped by /64: one subscriber
 * usually holds a whole /64 and could otherwise take a fresh address per request.
 */
export function clientKey(request: Request, trustProxy = env().ATLAS_TRUST_PROXY): string {
  const forwarded = trustProxy
    ? request.headers.get("x-forwarded-for")?.split(",").at(-1)?.trim() ||
      request.headers.get("x-real-ip")
    : null;
  const address = forwarded || request.headers.get(CLIENT_ADDRESS_HEADER);
  return address ? addressBucket(address) : "unknown";
}

export function addressBucket(address: string): string {
  const bare = address
    .trim()
    .replace(/^\[|\]$/g, "")
    .replace(/%.*$/, "");
  if (!ipaddr.isValid(bare)) return bare.slice(0, 100);
  const parsed = ipaddr.process(bare); // ::ffff:a.b.c.d → a.b.c.d
  if (parsed.kind() === "ipv4") return parsed.toString();
  const parts = (parsed as ipaddr.IPv6).parts.slice(0, 4).map((p) => p.toString(16));
  return `${parts.join(":")}::/64`;
}
