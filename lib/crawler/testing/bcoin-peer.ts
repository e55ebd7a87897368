import { createRequire } from "node:module";
import { createServer, isIPv4, type Server, type Socket } from "node:net";
import type FramerType from "bcoin/lib/net/framer";
import type NetAddressType from "bcoin/lib/net/netaddress";
import type * as PacketsType from "bcoin/lib/net/packets";
import type ParserType from "bcoin/lib/net/parser";

/**
 * Loopback Bitcoin peers built on **bcoin** (1.0.2, npm), an independent full-node implementation
 * in JavaScript: its Parser, Framer and packet classes handle framing, checksums, `version`,
 * `verack`, `ping`/`pong`, `getaddr` and legacy `addr`. None of the crawler's codec is used here.
 *
 * Why bcoin: of the candidates, `bitcore-p2p` does not install from the npm registry alone (it
 * depends on a GitHub tarball, `bitpay/node-buffers`), `bitcoin-protocol`/`bitcoin-net` are stream
 * codecs from 2016–2017 without a peer model, and bcoin has a complete net/ stack (peer, pool,
 * packets) used in production by several wallets. It predates BIP 155, so `addrv2` payloads are
 * built by `encodeAddrV2Independent` below — written from the BIP's text, not from our codec — and
 * framed by bcoin's Framer. bcoin's native add-ons are not built (see package.json allowScripts);
 * NODE_BACKEND=js selects its pure-JS crypto.
 */
process.env.NODE_BACKEND = "js";
const require = createRequire(import.meta.url);
const NetAddress: typeof NetAddressType = require("bcoin/lib/net/netaddress");
const packets: typeof PacketsType = require("bcoin/lib/net/packets");
const Framer: typeof FramerType = require("bcoin/lib/net/framer");
const Parser: typeof ParserType = require("bcoin/lib/net/parser");

/** An address a test peer gossips; `tor`/`i2p` carry the 32 raw key bytes as hex. */
export type Gossip =
  | { kind: "ip"; host: string; port: number }
  | { kind: "tor" | "i2p"; keyHex: string; port: number };

interface BcoinPeerOptions {
  /** Reply to getaddr in addrv2 (when the crawler asked with sendaddrv2) or in legacy addr. */
  format: "addr" | "addrv2";
  gossip: Gossip[];
  height: number;
  agent: string;
  /** Host to listen on: "127.0.0.1" or "::1". */
  host?: string;
}

/** What the peer saw the crawler do, for assertions about the handshake. */
interface PeerLog {
  /** performance.now() of each accepted connection. */
  connections: number[];
  commands: string[];
  version: { version: number; agent: string; noRelay: boolean } | null;
}

export interface RunningPeer {
  host: string;
  port: number;
  log: PeerLog;
  close(): Promise<void>;
}

export async function startBcoinPeer(options: BcoinPeerOptions): Promise<RunningPeer> {
  const log: PeerLog = { connections: [], commands: [], version: null };
  const host = options.host ?? "127.0.0.1";
  const sockets = new Set<Socket>();
  const server = createServer((socket) => {
    log.connections.push(performance.now());
    sockets.add(socket);
    socket.on("close", () => sockets.delete(socket));
    serve(socket, { ...options, host, port: listening.port }, log);
  });
  await new Promise<void>((resolve) => server.listen(0, host, resolve));
  const address = server.address();
  if (address === null || typeof address === "string") throw new Error("no port");
  const listening = { host, port: address.port };
  return { ...listening, log, close: () => closeServer(server, sockets) };
}

type Serving = BcoinPeerOptions & { host: string; port: number };

function serve(socket: Socket, options: Serving, log: PeerLog): void {
  const parser = new Parser("main");
  const framer = new Framer("main");
  let wantsAddrV2 = false;
  const send = (cmd: string, payload: Buffer) => socket.write(framer.packet(cmd, payload));
  socket.on("error", () => socket.destroy());
  socket.on("data", (data: Buffer) => parser.feed(data));
  parser.on("error", () => socket.destroy());
  parser.on("packet", (packet) => {
    log.commands.push(packet.cmd);
    if (packet instanceof packets.VersionPacket) {
      log.version = { version: packet.version, agent: packet.agent, noRelay: packet.noRelay };
      const reply = new packets.VersionPacket({
        version: 70015,
        services: 1 | 8, // NODE_NETWORK | NODE_WITNESS
        agent: options.agent,
        height: options.height,
        noRelay: false,
        nonce: Buffer.alloc(8, 7),
        remote: { host: socket.remoteAddress ?? "127.0.0.1", port: socket.remotePort ?? 0 },
      });
      send("version", reply.toRaw());
      send("verack", Buffer.alloc(0));
      // Nodes ping to measure latency; a crawler that does not answer gets dropped.
      send("ping", new packets.PingPacket(Buffer.alloc(8, 1)).toRaw());
    } else if (packet.cmd === "sendaddrv2") {
      wantsAddrV2 = true;
    } else if (packet instanceof packets.PingPacket && packet.nonce) {
      send("pong", new packets.PongPacket(packet.nonce).toRaw());
    } else if (packet.cmd === "getaddr") {
      // Core announces its own address in a one-entry addr; a crawler must not stop on it.
      const self = NetAddress.fromOptions({
        host: options.host,
        port: options.port,
        services: 9,
        time: now(),
      });
      send("addr", new packets.AddrPacket([self]).toRaw());
      if (options.format === "addrv2" && wantsAddrV2)
        send("addrv2", encodeAddrV2Independent(options.gossip));
      else send("addr", legacyAddr(options.gossip));
    }
  });
}

function legacyAddr(gossip: Gossip[]): Buffer {
  const items = gossip.flatMap((g) =>
    g.kind === "ip"
      ? [NetAddress.fromOptions({ host: g.host, port: g.port, services: 1, time: now() })]
      : [],
  );
  return new packets.AddrPacket(items).toRaw();
}

/**
 * BIP 155 addrv2, straight from the BIP: count (CompactSize, < 253 here), then per entry
 * time u32 LE | services CompactSize | network id u8 | address length CompactSize | address | port u16 BE.
 */
function encodeAddrV2Independent(gossip: Gossip[]): Buffer {
  const parts: Buffer[] = [Buffer.of(gossip.length)];
  for (const g of gossip) {
    const time = Buffer.alloc(4);
    time.writeUInt32LE(now());
    const port = Buffer.alloc(2);
    port.writeUInt16BE(g.port);
    const [id, addr] =
      g.kind === "ip" ? ipBytes(g.host) : [g.kind === "tor" ? 4 : 5, Buffer.from(g.keyHex, "hex")];
    parts.push(time, Buffer.of(1), Buffer.of(id, addr.length), addr, port);
  }
  return Buffer.concat(parts);
}

function ipBytes(host: string): [number, Buffer] {
  if (isIPv4(host)) return [1, Buffer.from(host.split(".").map(Number))];
  if (host === "::1") return [2, Buffer.concat([Buffer.alloc(15), Buffer.of(1)])];
  throw new Error(`test encoder only knows IPv4 and ::1, not ${host}`);
}

const now = () => Math.floor(Date.now() / 1000);

function closeServer(server: Server, sockets: Set<Socket>): Promise<void> {
  for (const socket of sockets) socket.destroy();
  return new Promise((resolve) => server.close(() => resolve()));
}
