import { CLIENT_ADDRESS_HEADER, trustedProxiesFromEnv } from "../http/client-address";
import { addressBucket, forwardedClient } from "../net/proxy-trust";

export { CLIENT_ADDRESS_HEADER } from "../http/client-address";
export { addressBucket } from "../net/proxy-trust";

/**
 * Who a request is from, for per-client limits: the socket's peer address (set by the
 * production server), or, when that peer is a trusted proxy (ATLAS_TRUSTED_PROXIES), the client
 * its X-Forwarded-For names (lib/net/proxy-trust.ts). IPv6 clients are grouped by /64: one
 * subscriber usually holds a whole /64 and could otherwise take a fresh address per request.
 */
export function clientKey(request: Request, trusted = trustedProxiesFromEnv()): string {
  const peer = request.headers.get(CLIENT_ADDRESS_HEADER);
  if (!peer) return "unknown";
  return addressBucket(forwardedClient(request.headers, peer, trusted));
}

/** The client's address itself (not its bucket), for limits that group it otherwise. */
export function clientAddress(request: Request, trusted = trustedProxiesFromEnv()): string | null {
  const peer = request.headers.get(CLIENT_ADDRESS_HEADER);
  return peer ? forwardedClient(request.headers, peer, trusted) : null;
}
