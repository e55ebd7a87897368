import type { NodeNetwork } from "../core/schemas";

/**
 * Which network a Bitnodes/P2P address ("host:port", IPv6 bracketed) is on, from the address
 * alone. CJDNS uses IPv6 syntax inside fc00::/8, so it is told apart by its first byte: the first group
 * must be four hex digits "fcXX" ("fc::1" is 0x00fc, not CJDNS).
 */
export function networkOfAddress(address: string): NodeNetwork {
  const host = hostOf(address).toLowerCase();
  if (host.endsWith(".onion")) return "tor";
  if (host.endsWith(".b32.i2p")) return "i2p";
  if (host.includes(":")) return /^fc[0-9a-f]{2}:/.test(host) ? "cjdns" : "ipv6";
  if (/^\d{1,3}(\.\d{1,3}){3}$/.test(host)) return "ipv4";
  return "unknown";
}

/** "[2a01::1]:8333" → "2a01::1", "1.2.3.4:8333" → "1.2.3.4", "x.onion:8333" → "x.onion". */
export function hostOf(address: string): string {
  const bracketed = /^\[([^\]]+)\](?::\d+)?$/.exec(address);
  if (bracketed?.[1] !== undefined) return bracketed[1];
  const colons = address.split(":").length - 1;
  // Exactly one colon is host:port; none is a bare host; more is a bare IPv6 literal.
  if (colons === 1) return address.slice(0, address.lastIndexOf(":"));
  return address;
}
