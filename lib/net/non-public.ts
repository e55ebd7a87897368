import { BlockList, isIP } from "node:net";

/**
 * Addresses that are not on the public internet: loopback, private (RFC 1918, ULA), link-local
 * (incl. the 169.254.169.254 cloud metadata service), CGNAT, documentation, multicast and
 * reserved ranges. Used to refuse webhook targets (SSRF) and to avoid dialling private peers.
 */
const blocked = new BlockList();
for (const [net, prefix] of [
  ["0.0.0.0", 8],
  ["10.0.0.0", 8],
  ["100.64.0.0", 10],
  ["127.0.0.0", 8],
  ["169.254.0.0", 16],
  ["172.16.0.0", 12],
  ["192.0.0.0", 24],
  ["192.0.2.0", 24],
  ["192.168.0.0", 16],
  ["198.18.0.0", 15],
  ["198.51.100.0", 24],
  ["203.0.113.0", 24],
  ["224.0.0.0", 4],
  ["240.0.0.0", 4],
] as const) {
  blocked.addSubnet(net, prefix, "ipv4");
}
for (const [net, prefix] of [
  ["::", 128],
  ["::1", 128],
  // NAT64 (RFC 6052) and 6to4 embed an IPv4 address that may be private; refuse them outright.
  ["64:ff9b::", 96],
  ["2002::", 16],
  ["64:ff9b:1::", 48],
  ["100::", 64],
  ["2001:db8::", 32],
  ["fc00::", 7],
  ["fe80::", 10],
  ["ff00::", 8],
] as const) {
  blocked.addSubnet(net, prefix, "ipv6");
}

/** True for any address that is not publicly routable; unparseable input counts as non-public. */
export function isNonPublicAddress(address: string): boolean {
  const bare = address.replace(/^\[|\]$/g, "").replace(/%.*$/, "");
  const family = isIP(bare);
  if (family === 4) return blocked.check(bare, "ipv4");
  if (family !== 6) return true;
  // IPv4-mapped (::ffff:a.b.c.d) and NAT64 forms carry an IPv4 address: judge that address.
  const mapped = /^(?:::ffff:|64:ff9b::)(\d+\.\d+\.\d+\.\d+)$/i.exec(bare);
  if (mapped?.[1]) return blocked.check(mapped[1], "ipv4");
  return blocked.check(bare, "ipv6");
}
