import { isNonPublicAddress } from "../net/non-public";
import type { PeerAddress } from "./address";

/**
 * Whether a learned address may be dialled without `allowPrivate`: only IPv4/IPv6 on the public
 * internet. Anything else (loopback, RFC 1918, link-local, CGNAT, ULA, documentation…) is someone's
 * LAN or an example, and dialling it would probe private networks from the crawler's side — the
 * same ranges the webhook SSRF guard refuses (`lib/net/non-public.ts`). Tor/I2P/CJDNS are not IP
 * and are never dialled.
 */
export function isPublicRoutable(address: PeerAddress): boolean {
  if (address.network !== "ipv4" && address.network !== "ipv6") return false;
  return !isNonPublicAddress(address.host);
}

/** Port 0 cannot be dialled; any other port is a node's choice. */
export function isDialablePort(port: number): boolean {
  return Number.isInteger(port) && port > 0 && port <= 0xffff;
}
