import {
  type AddrNetwork,
  BIP155_IDS,
  BIP155_NETWORKS,
  base32Decode,
  formatHost,
  formatIpv4,
  formatIpv6,
  type PeerAddress,
} from "./address";
import { ByteReader, ByteWriter } from "./bytes";
import { ProtocolError } from "./errors";
import { ip16, ipv4Bytes, ipv6Bytes, isIpv4Mapped, isOnionCat } from "./ip";
import { MAX_ADDR_ENTRIES } from "./networks";

/** A gossiped address with what its announcer said about it. */
export interface AddrEntry extends PeerAddress {
  /** When the announcer last heard from the address, seconds since the epoch. */
  time: number;
  services: bigint;
}

/** BIP 155: "Clients SHOULD reject messages containing addresses larger than 512 bytes". */
const MAX_ADDRV2_ADDRESS_BYTES = 512;

function readCount(r: ByteReader): number {
  const count = r.compactSize();
  if (count > MAX_ADDR_ENTRIES) {
    throw new ProtocolError("oversized", `${count} addresses > ${MAX_ADDR_ENTRIES}`);
  }
  return count;
}

/** Legacy `addr`: 16-byte IPv6-form addresses; Tor v2 (OnionCat) entries are dropped. */
export function decodeAddr(payload: Buffer): AddrEntry[] {
  const r = new ByteReader(payload);
  const count = readCount(r);
  const out: AddrEntry[] = [];
  for (let i = 0; i < count; i++) {
    const time = r.u32();
    const services = r.u64();
    const ip = r.bytes(16);
    const port = r.u16be();
    if (isOnionCat(ip)) continue;
    const v4 = isIpv4Mapped(ip);
    const network: AddrNetwork = v4 ? "ipv4" : "ipv6";
    const host = v4 ? formatIpv4(ip.subarray(12)) : formatIpv6(ip);
    out.push({ network, host, port, time, services });
  }
  r.end();
  return out;
}

/** BIP 155 `addrv2`; entries of network ids we do not know (or Tor v2) are skipped, not fatal. */
export function decodeAddrV2(payload: Buffer): AddrEntry[] {
  const r = new ByteReader(payload);
  const count = readCount(r);
  const out: AddrEntry[] = [];
  for (let i = 0; i < count; i++) {
    const time = r.u32();
    const services = BigInt(r.compactSize());
    const id = r.u8();
    const size = r.compactSize();
    if (size > MAX_ADDRV2_ADDRESS_BYTES) {
      throw new ProtocolError("oversized", `addrv2 address of ${size} bytes`);
    }
    const bytes = r.bytes(size);
    const port = r.u16be();
    const known = BIP155_NETWORKS[id];
    if (!known) continue;
    out.push({
      network: known.network,
      host: formatHost(known.network, bytes),
      port,
      time,
      services,
    });
  }
  r.end();
  return out;
}

/** The raw BIP 155 bytes of a host in text form (inverse of `formatHost`). */
function hostBytes(network: AddrNetwork, host: string): Buffer {
  switch (network) {
    case "ipv4":
      return ipv4Bytes(host);
    case "ipv6":
    case "cjdns":
      return ipv6Bytes(host);
    case "tor":
      // 56 base32 chars = pubkey (32) ‖ checksum (2) ‖ version (1); the address is the pubkey.
      return base32Decode(host.replace(/\.onion$/, "")).subarray(0, 32);
    case "i2p":
      return base32Decode(host.replace(/\.b32\.i2p$/, ""));
  }
}

export function encodeAddrV2(entries: readonly AddrEntry[]): Buffer {
  const w = new ByteWriter().compactSize(entries.length);
  for (const e of entries) {
    const bytes = hostBytes(e.network, e.host);
    w.u32(e.time).compactSize(Number(e.services)).u8(BIP155_IDS[e.network]);
    w.compactSize(bytes.length).bytes(bytes).u16be(e.port);
  }
  return w.toBuffer();
}

/** Legacy `addr` can carry only IP addresses; others are left out, as Core does. */
export function encodeAddr(entries: readonly AddrEntry[]): Buffer {
  const ips = entries.filter((e) => e.network === "ipv4" || e.network === "ipv6");
  const w = new ByteWriter().compactSize(ips.length);
  for (const e of ips) w.u32(e.time).u64(e.services).bytes(ip16(e.host)).u16be(e.port);
  return w.toBuffer();
}
