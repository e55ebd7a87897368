import { createServer, type Server, type Socket } from "node:net";
import { rawFrame } from "./raw-frame";

/**
 * The cheapest peer that still speaks the protocol: it reads frame headers, answers `version` with
 * a canned version + verack and `getaddr` with a canned legacy `addr`, and ignores the rest. Used
 * by the benchmark, where thousands of bcoin peers would measure bcoin rather than the crawler.
 * Bytes come from `rawFrame` (node:crypto), not from the crawler's codec.
 */
const VERSION_PAYLOAD = Buffer.from(
  "7f110100" + // protocol 70015
    "0904000000000000" + // services NETWORK | WITNESS | NETWORK_LIMITED
    "0000000000000000" + // timestamp (unused by the crawler)
    "0000000000000000" +
    "00000000000000000000ffff7f000001" +
    "208d" + // addr_recv
    "0000000000000000" +
    "00000000000000000000000000000000" +
    "0000" + // addr_from
    "0102030405060708" + // nonce
    "0c2f666173742d706565723a312f" + // "/fast-peer:1/"
    "80e30d00" + // start height 910208
    "00", // relay
  "hex",
);
const HANDSHAKE = Buffer.concat([
  rawFrame("version", VERSION_PAYLOAD),
  rawFrame("verack", Buffer.alloc(0)),
]);

/** Legacy addr payload listing loopback ports (count < 253, so one count byte). */
export function loopbackAddr(ports: readonly number[]): Buffer {
  const entries = ports.map((port) => {
    const e = Buffer.alloc(30);
    e.writeUInt32LE(Math.floor(Date.now() / 1000), 0);
    e.writeUInt8(1, 4); // services NODE_NETWORK
    Buffer.from("00000000000000000000ffff7f000001", "hex").copy(e, 12);
    e.writeUInt16BE(port, 28);
    return e;
  });
  return rawFrame("addr", Buffer.concat([Buffer.of(ports.length), ...entries]));
}

export interface FastPeer {
  port: number;
  /** Set once every peer is listening (peers name each other's ports). */
  reply: Buffer;
  server: Server;
}

export async function startFastPeer(): Promise<FastPeer> {
  const peer: FastPeer = { port: 0, reply: Buffer.alloc(0), server: createServer() };
  peer.server.on("connection", (socket) => serveFast(socket, peer));
  await new Promise<void>((resolve) => peer.server.listen(0, "127.0.0.1", 511, resolve));
  const address = peer.server.address();
  if (address === null || typeof address === "string") throw new Error("no port");
  peer.port = address.port;
  return peer;
}

function serveFast(socket: Socket, peer: FastPeer): void {
  let buffered = Buffer.alloc(0);
  socket.on("error", () => socket.destroy());
  socket.on("data", (chunk: Buffer) => {
    buffered = Buffer.concat([buffered, chunk]);
    while (buffered.length >= 24) {
      const length = buffered.readUInt32LE(16);
      if (buffered.length < 24 + length) return;
      const command = buffered.toString("ascii", 4, 16).replace(/\0+$/, "");
      buffered = buffered.subarray(24 + length);
      if (command === "version") socket.write(HANDSHAKE);
      else if (command === "getaddr") socket.write(peer.reply);
    }
  });
}

export async function closeFastPeers(peers: readonly FastPeer[]): Promise<void> {
  await Promise.all(
    peers.map((p) => new Promise<void>((resolve) => p.server.close(() => resolve()))),
  );
}
