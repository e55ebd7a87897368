import { createHash } from "node:crypto";
import { ProtocolError } from "./errors";

/**
 * Peer addresses as BIP 155 defines them (`addrv2`), and their text form. Hosts are kept as text
 * ("1.2.3.4", "2001:db8::1", "<56 chars>.onion", "<52 chars>.b32.i2p", "fc00::1") because that is
 * what the walk dedupes on, what a socket dials, and what the store and GeoIP take.
 */
const ADDR_NETWORKS = ["ipv4", "ipv6", "tor", "i2p", "cjdns"] as const;
export type AddrNetwork = (typeof ADDR_NETWORKS)[number];

export interface PeerAddress {
  network: AddrNetwork;
  host: string;
  port: number;
}

/** BIP 155 network ids and their fixed address sizes. Id 3 (Tor v2) is dead and not listed. */
export const BIP155_NETWORKS: Record<number, { network: AddrNetwork; bytes: number }> = {
  1: { network: "ipv4", bytes: 4 },
  2: { network: "ipv6", bytes: 16 },
  4: { network: "tor", bytes: 32 },
  5: { network: "i2p", bytes: 32 },
  6: { network: "cjdns", bytes: 16 },
};
export const BIP155_IDS: Record<AddrNetwork, number> = {
  ipv4: 1,
  ipv6: 2,
  tor: 4,
  i2p: 5,
  cjdns: 6,
};

const BASE32 = "abcdefghijklmnopqrstuvwxyz234567";

/** RFC 4648 base32, lower case, no padding — the alphabet of .onion and .b32.i2p names. */
function base32(bytes: Uint8Array): string {
  let out = "";
  let bits = 0;
  let value = 0;
  for (const byte of bytes) {
    value = (value << 8) | byte;
    bits += 8;
    while (bits >= 5) {
      out += BASE32[(value >>> (bits - 5)) & 31];
      bits -= 5;
    }
    value &= (1 << bits) - 1;
  }
  if (bits > 0) out += BASE32[(value << (5 - bits)) & 31];
  return out;
}

export function base32Decode(text: string): Buffer {
  const out: number[] = [];
  let bits = 0;
  let value = 0;
  for (const ch of text.toLowerCase()) {
    const digit = BASE32.indexOf(ch);
    if (digit === -1) throw new Error(`not base32: "${ch}"`);
    value = (value << 5) | digit;
    bits += 5;
    if (bits >= 8) {
      out.push((value >>> (bits - 8)) & 0xff);
      bits -= 8;
    }
    value &= (1 << bits) - 1;
  }
  return Buffer.from(out);
}

/** Tor v3: base32(pubkey ‖ SHA3-256(".onion checksum" ‖ pubkey ‖ 0x03)[0..2] ‖ 0x03) + ".onion". */
function onionV3(pubkey: Uint8Array): string {
  const version = Buffer.of(3);
  const sum = createHash("sha3-256")
    .update(Buffer.from(".onion checksum"))
    .update(pubkey)
    .update(version)
    .digest()
    .subarray(0, 2);
  return `${base32(Buffer.concat([pubkey, sum, version]))}.onion`;
}

export function formatIpv4(bytes: Uint8Array): string {
  return Array.from(bytes).join(".");
}

/** RFC 5952 text: lower case, leading zeros dropped, the longest run of ≥ 2 zero groups as "::". */
export function formatIpv6(bytes: Uint8Array): string {
  const groups: number[] = [];
  for (let i = 0; i < 16; i += 2) groups.push(((bytes[i] ?? 0) << 8) | (bytes[i + 1] ?? 0));
  let best = { start: -1, length: 0 };
  for (let i = 0; i < 8; ) {
    let j = i;
    while (j < 8 && groups[j] === 0) j++;
    if (j - i > best.length) best = { start: i, length: j - i };
    i = j === i ? i + 1 : j;
  }
  const hex = groups.map((g) => g.toString(16));
  if (best.length < 2) return hex.join(":");
  const head = hex.slice(0, best.start).join(":");
  const tail = hex.slice(best.start + best.length).join(":");
  return `${head}::${tail}`;
}

/** Text form of a BIP 155 address of a known network; wrong sizes are a protocol breach. */
export function formatHost(network: AddrNetwork, bytes: Buffer): string {
  const expected = BIP155_NETWORKS[BIP155_IDS[network]]?.bytes;
  if (bytes.length !== expected) {
    throw new ProtocolError("malformed", `${network} address of ${bytes.length} bytes`);
  }
  switch (network) {
    case "ipv4":
      return formatIpv4(bytes);
    case "ipv6":
    case "cjdns":
      return formatIpv6(bytes);
    case "tor":
      return onionV3(bytes);
    case "i2p":
      return `${base32(bytes)}.b32.i2p`;
  }
}

/** "host:port" with IPv6-syntax hosts bracketed, the form `scripts/derive/network.ts` reads. */
export function addressKey(address: PeerAddress): string {
  return address.host.includes(":")
    ? `[${address.host}]:${address.port}`
    : `${address.host}:${address.port}`;
}
