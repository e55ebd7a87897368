import { env } from "../env";
import { inCidrs } from "../net/proxy-trust";

/**
 * The header the production server (lib/server/serve.ts) sets on every request to the socket's
 * peer address, after removing any a client sent: route handlers cannot see the socket.
 */
export const CLIENT_ADDRESS_HEADER = "x-atlas-client-address";

/** What `ATLAS_TRUST_PROXY=1` trusts when ATLAS_TRUSTED_PROXIES names nothing: this machine. */
const LOOPBACK = ["127.0.0.0/8", "::1"];

/** The peers whose forwarded headers count (IPs, CIDRs); empty when no proxy is trusted. */
export function trustedProxiesFromEnv(): readonly string[] {
  const e = env();
  if (e.ATLAS_TRUSTED_PROXIES.length > 0) return e.ATLAS_TRUSTED_PROXIES;
  return e.ATLAS_TRUST_PROXY ? LOOPBACK : [];
}

/** Whether a socket peer is a trusted reverse proxy. */
export function isTrustedProxy(address: string, trusted = trustedProxiesFromEnv()): boolean {
  return inCidrs(address, trusted);
}
