import ipaddr from "ipaddr.js";

/**
 * Whether an address is on the public internet, judged by ipaddr.js's `range()` — the maintained
 * table Express's proxy-addr relies on — instead of ranges written by hand. Used to refuse
 * webhook targets (SSRF) and to avoid dialling private peers from the crawler.
 *
 * Only ipaddr.js's `unicast` (its name for "none of the special ranges") is public. Everything
 * else is refused: loopback, private, link-local (incl. the 169.254.169.254 metadata service),
 * CGNAT, documentation, multicast, reserved, unique-local, deprecated site-local (fec0::/10), and
 * every IPv6 form that embeds or translates an IPv4 address (6to4, Teredo, NAT64, SIIT) — such a
 * form reaches whatever IPv4 address it carries, which may be private. The one exception is an
 * IPv4-mapped address (::ffff:a.b.c.d): that is how a dual-stack socket reports an IPv4 peer, so
 * the IPv4 address inside is judged.
 */
export function isNonPublicAddress(address: string): boolean {
  const parsed = parseAddress(address);
  if (!parsed) return true;
  if (parsed.kind() === "ipv4") return parsed.range() !== "unicast";
  const v6 = parsed as ipaddr.IPv6;
  if (v6.isIPv4MappedAddress()) return v6.toIPv4Address().range() !== "unicast";
  // IPv4-compatible addresses (::a.b.c.d, RFC 4291 §2.5.5.1, deprecated) are missing from
  // ipaddr.js's table ("unicast" there); they embed an IPv4 address like the forms above.
  if (v6.parts.slice(0, 6).every((part) => part === 0)) return true;
  return v6.range() !== "unicast";
}

/**
 * Strict parsing: the four-part dotted IPv4 form or an IPv6 address (brackets and a zone id
 * allowed). ipaddr.js would also accept "127.1" or "0x7f.1"; those never come from a resolver
 * or a socket, so they are unparseable here — and unparseable counts as non-public.
 */
function parseAddress(address: string): ipaddr.IPv4 | ipaddr.IPv6 | null {
  const bare = address.replace(/^\[|\]$/g, "").replace(/%.*$/, "");
  if (ipaddr.IPv4.isValidFourPartDecimal(bare)) return ipaddr.IPv4.parse(bare);
  if (bare.includes(":") && ipaddr.IPv6.isValid(bare)) return ipaddr.IPv6.parse(bare);
  return null;
}
