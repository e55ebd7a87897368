import ipaddr from "ipaddr.js";

/**
 * Which forwarded headers to believe, as pure functions of the peer and the trusted proxies'
 * CIDRs: a peer outside them is the client whatever it sends, so a client cannot choose the
 * address it is counted under by sending `X-Forwarded-For`.
 */

/** Parses an address as ipaddr does, IPv4-mapped IPv6 as IPv4; null when it is not an IP. */
function parseIp(address: string): ipaddr.IPv4 | ipaddr.IPv6 | null {
  const bare = address
    .trim()
    .replace(/^\[|\]$/g, "")
    .replace(/%.*$/, "");
  return ipaddr.isValid(bare) ? ipaddr.process(bare) : null;
}

/** Whether `address` is in one of `cidrs` (IPs or CIDRs; IPv4-mapped forms match as IPv4). */
export function inCidrs(address: string, cidrs: readonly string[]): boolean {
  const ip = parseIp(address);
  if (!ip) return false;
  return cidrs.some((c) => {
    const [range, bits] = c.includes("/")
      ? ipaddr.parseCIDR(c)
      : [ipaddr.parse(c), c.includes(":") ? 128 : 32];
    const r = ipaddr.process(range.toString());
    const prefix = r.kind() === range.kind() ? bits : bits - 96;
    return ip.kind() === r.kind() && ip.match(r, prefix);
  });
}

/**
 * The client's address as the trusted hops report it. X-Forwarded-For is walked from the right
 * — each hop appends the address it saw, so entries left of the first untrusted one are the
 * client's own to invent — past every trusted proxy; the first other entry is the client. An
 * entry that is not an IP ends the walk (no proxy wrote it, and a free string would be a fresh
 * identity per request): the hop right of it counts. X-Real-IP only without X-Forwarded-For.
 */
export function forwardedClient(
  headers: Headers,
  peer: string,
  trusted: readonly string[],
): string {
  if (!inCidrs(peer, trusted)) return peer;
  const forwarded = headers.get("x-forwarded-for");
  const chain = forwarded
    ? forwarded.split(",").map((h) => h.trim())
    : [headers.get("x-real-ip")?.trim() ?? ""];
  let client = peer;
  for (let i = chain.length - 1; i >= 0; i--) {
    const hop = chain[i] ?? "";
    if (!parseIp(hop)) break;
    client = hop;
    if (!inCidrs(hop, trusted)) break;
  }
  return client;
}

/**
 * The scheme the trusted proxy that connected to us reports: the last X-Forwarded-Proto entry,
 * the one it wrote (earlier entries are whatever the client sent). Null from any other peer.
 */
export function forwardedProto(
  headers: Headers,
  peer: string | null,
  trusted: readonly string[],
): "http" | "https" | null {
  if (!peer || !inCidrs(peer, trusted)) return null;
  const proto = headers.get("x-forwarded-proto")?.split(",").at(-1)?.trim().toLowerCase();
  return proto === "https" || proto === "http" ? proto : null;
}

/** An address as a rate-limit key: IPv4 as is, IPv6 by /64 (one subscriber's usual block). */
export function addressBucket(address: string, ipv6Prefix: 48 | 64 = 64): string {
  const parsed = parseIp(address);
  if (!parsed) return address.trim().slice(0, 100);
  if (parsed.kind() === "ipv4") return parsed.toString();
  const groups = ipv6Prefix / 16;
  const parts = (parsed as ipaddr.IPv6).parts.slice(0, groups).map((p) => p.toString(16));
  return `${parts.join(":")}::/${ipv6Prefix}`;
}
