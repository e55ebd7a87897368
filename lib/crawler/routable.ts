import { BlockList } from "node:net";
import { formatIpv4, type PeerAddress } from "./address";
import { ip16, isIpv4Mapped } from "./ip";

/**
 * Addresses outside public routable space: a gossiped address in these ranges is someone's LAN,
 * loopback or a documentation example, and dialling it would probe private networks on the
 * crawler's side. They are never dialled unless the operator allows it (tests, private networks).
 * Ranges from the IANA special-purpose registries (RFC 6890 and successors), as Bitcoin Core's
 * `CNetAddr::IsRoutable` excludes them.
 */
const PRIVATE_IPV4: ReadonlyArray<[string, number]> = [
  ["0.0.0.0", 8], // "this network"
  ["10.0.0.0", 8], // RFC 1918
  ["100.64.0.0", 10], // RFC 6598 carrier-grade NAT
  ["127.0.0.0", 8], // loopback
  ["169.254.0.0", 16], // link-local
  ["172.16.0.0", 12], // RFC 1918
  ["192.0.0.0", 24], // IETF protocol assignments
  ["192.0.2.0", 24], // TEST-NET-1
  ["192.168.0.0", 16], // RFC 1918
  ["198.18.0.0", 15], // benchmarking
  ["198.51.100.0", 24], // TEST-NET-2
  ["203.0.113.0", 24], // TEST-NET-3
  ["224.0.0.0", 4], // multicast
  ["240.0.0.0", 4], // reserved, and broadcast
];
const PRIVATE_IPV6: ReadonlyArray<[string, number]> = [
  ["::", 128], // unspecified
  ["::1", 128], // loopback
  ["100::", 64], // discard-only
  ["2001:db8::", 32], // documentation
  ["fc00::", 7], // unique local (ULA)
  ["fe80::", 10], // link-local
  ["fec0::", 10], // site-local (deprecated, still not public)
  ["ff00::", 8], // multicast
];

const blocked = new BlockList();
for (const [net, prefix] of PRIVATE_IPV4) blocked.addSubnet(net, prefix, "ipv4");
for (const [net, prefix] of PRIVATE_IPV6) blocked.addSubnet(net, prefix, "ipv6");

/** True for IPv4/IPv6 addresses on the public internet. Tor/I2P/CJDNS are not IP and return false. */
export function isPublicRoutable(address: PeerAddress): boolean {
  if (address.network === "ipv4") return !blocked.check(address.host, "ipv4");
  if (address.network !== "ipv6") return false;
  // IPv4-mapped IPv6 is judged by its IPv4 form. (No ::ffff:0:0/96 rule above: Node's BlockList
  // applies IPv6 rules to IPv4 addresses through that mapping, which would block every IPv4.)
  const bytes = ip16(address.host);
  if (isIpv4Mapped(bytes)) return !blocked.check(formatIpv4(bytes.subarray(12)), "ipv4");
  return !blocked.check(address.host, "ipv6");
}

/** Port 0 cannot be dialled; any other port is a node's choice. */
export function isDialablePort(port: number): boolean {
  return Number.isInteger(port) && port > 0 && port <= 0xffff;
}
