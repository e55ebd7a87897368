import { ByteReader, ByteWriter } from "./bytes";
import { ProtocolError } from "./errors";
import { ip16 } from "./ip";
import { MAX_USER_AGENT_BYTES, PROTOCOL_VERSION } from "./networks";

/** The fields of a `version` message that the crawler records or needs to answer. */
export interface VersionMessage {
  version: number;
  services: bigint;
  /** Peer's clock, seconds since the epoch. */
  timestamp: bigint;
  receiverIp: Buffer;
  receiverPort: number;
  nonce: bigint;
  userAgent: string;
  startHeight: number;
  /** Absent before protocol 70001; we always send false so nobody floods us with transactions. */
  relay: boolean | null;
}

interface OwnVersion {
  /** The peer's IP as we dialled it (Core logs it; it is how a node learns its external address). */
  peerHost: string;
  peerPort: number;
  nonce: bigint;
  userAgent: string;
  nowSeconds: number;
}

export function encodeVersion(own: OwnVersion): Buffer {
  const ua = Buffer.from(own.userAgent, "utf8");
  if (ua.length > MAX_USER_AGENT_BYTES) throw new Error("user agent too long");
  const w = new ByteWriter()
    .i32(PROTOCOL_VERSION)
    .u64(0n) // services: NODE_NONE — a crawler serves nothing.
    .i64(BigInt(own.nowSeconds))
    .u64(0n)
    .bytes(ip16(own.peerHost))
    .u16be(own.peerPort)
    .u64(0n)
    .bytes(Buffer.alloc(16)) // addr_from: ignored by peers; all zeros like Core sends.
    .u16be(0)
    .u64(own.nonce)
    .varString(own.userAgent)
    .i32(0) // start height: we have no chain.
    .u8(0); // relay = false (BIP 37): no transaction announcements.
  return w.toBuffer();
}

export function decodeVersion(payload: Buffer): VersionMessage {
  const r = new ByteReader(payload);
  const version = r.i32();
  if (version < 209) throw new ProtocolError("malformed", `protocol version ${version} too old`);
  const services = r.u64();
  const timestamp = r.i64();
  r.u64();
  const receiverIp = Buffer.from(r.bytes(16));
  const receiverPort = r.u16be();
  r.bytes(8 + 16 + 2); // addr_from
  const nonce = r.u64();
  const userAgent = r.varString(MAX_USER_AGENT_BYTES);
  const startHeight = r.i32();
  const relay = r.remaining > 0 ? r.u8() !== 0 : null;
  // Later versions may append fields; Core ignores them, and so do we.
  return {
    version,
    services,
    timestamp,
    receiverIp,
    receiverPort,
    nonce,
    userAgent,
    startHeight,
    relay,
  };
}

/** `ping`/`pong` carry one 8-byte nonce (BIP 31); the pong must echo the ping's. */
export function encodeNonce(nonce: bigint): Buffer {
  return new ByteWriter().u64(nonce).toBuffer();
}

export function decodeNonce(payload: Buffer): bigint {
  const r = new ByteReader(payload);
  const nonce = r.u64();
  r.end();
  return nonce;
}
