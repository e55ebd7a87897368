import { randomBytes } from "node:crypto";
import { connect, type Socket } from "node:net";
import type { AddrEntry } from "./addr";
import type { PeerAddress } from "./address";
import { type FailureKind, ProtocolError } from "./errors";
import { encodeFrame, FrameParser } from "./frame";
import { decodeMessage, type Message } from "./messages";
import { encodeNonce, encodeVersion, type VersionMessage } from "./version";

/** Per-connection limits. Each phase has an absolute deadline, so trickling bytes cannot stretch it. */
export interface PeerTimeouts {
  /** TCP connect must complete within this. */
  connectMs: number;
  /** From connect to having both the peer's `version` and `verack`. */
  handshakeMs: number;
  /** No byte at all for this long closes the connection (a stalled "length lie"). */
  idleMs: number;
  /** After `getaddr`, the longest we wait for addresses. */
  addrWaitMs: number;
  /** After an addr message, stop when no further one comes within this. */
  quietMs: number;
}

interface VisitOptions {
  address: PeerAddress;
  magic: Buffer;
  timeouts: PeerTimeouts;
  userAgent: string;
  /** Stop collecting once this many addresses came from this peer. */
  maxAddrs: number;
  /** Aborting closes the connection at once (the crawl's global deadline). */
  signal?: AbortSignal;
}

/** What a reachable node told us about itself. */
interface HandshakeInfo {
  version: VersionMessage;
  /** When the handshake completed / the last frame arrived (ISO 8601). */
  firstSeen: string;
  lastSeen: string;
}

export interface Visit {
  /** Null when no handshake completed: the node counts as unreachable. */
  handshake: HandshakeInfo | null;
  addresses: AddrEntry[];
  /** Why the connection ended early, or null when it ended as planned. */
  failure: FailureKind | null;
}

/**
 * One connection: version → (sendaddrv2, which BIP 155 requires before our verack) → verack →
 * getaddr → collect addr/addrv2 → close. Never rejects; every outcome is a `Visit`.
 */
export function visitPeer(options: VisitOptions): Promise<Visit> {
  return new Promise((resolve) => new Session(options, resolve).start());
}

class Session {
  private socket: Socket | null = null;
  private readonly parser: FrameParser;
  private readonly timers = new Map<string, NodeJS.Timeout>();
  private version: VersionMessage | null = null;
  private verack = false;
  private handshake: HandshakeInfo | null = null;
  private readonly addresses: AddrEntry[] = [];
  private done = false;
  private connected = false;

  constructor(
    private readonly o: VisitOptions,
    private readonly resolve: (visit: Visit) => void,
  ) {
    this.parser = new FrameParser(o.magic);
  }

  start(): void {
    if (this.o.signal?.aborted) {
      this.finish("aborted");
      return;
    }
    this.o.signal?.addEventListener("abort", this.onAbort, { once: true });
    const { host, port } = this.o.address;
    const socket = connect({ host, port });
    this.socket = socket;
    this.timer("phase", this.o.timeouts.connectMs, "connect-timeout");
    socket.once("connect", () => this.onConnect());
    socket.on("data", (chunk: Buffer) => this.onData(chunk));
    // A reset after connecting is the peer hanging up on us, not an unreachable address.
    socket.on("error", () => this.finish(this.connected ? "closed" : "connect"));
    socket.on("close", () => this.finish(this.handshake ? null : "closed"));
  }

  private readonly onAbort = () => this.finish(this.handshake ? null : "aborted");

  private onConnect(): void {
    this.connected = true;
    const { timeouts, address } = this.o;
    this.timer("phase", timeouts.handshakeMs, "handshake-timeout");
    this.timer("idle", timeouts.idleMs, "idle-timeout");
    const own = {
      peerHost: address.host,
      peerPort: address.port,
      nonce: randomBytes(8).readBigUInt64LE(),
      userAgent: this.o.userAgent,
      nowSeconds: Math.floor(Date.now() / 1000),
    };
    this.send("version", encodeVersion(own));
    this.send("sendaddrv2");
  }

  private onData(chunk: Buffer): void {
    this.timer("idle", this.o.timeouts.idleMs, "idle-timeout");
    try {
      for (const frame of this.parser.push(chunk)) {
        this.onMessage(decodeMessage(frame));
        if (this.done) return;
      }
    } catch (err) {
      this.finish(err instanceof ProtocolError ? err.kind : "malformed");
    }
  }

  private onMessage(message: Message): void {
    if (this.handshake) this.handshake.lastSeen = new Date().toISOString();
    if (message.type === "version" && !this.version) {
      this.version = message.version;
      this.send("verack");
    } else if (message.type === "verack") {
      this.verack = true;
    } else if (message.type === "ping" && message.nonce !== null) {
      this.send("pong", encodeNonce(message.nonce));
    } else if (message.type === "addr" && this.handshake) {
      // Gossip counts only from a peer that completed version/verack: before that anyone who
      // opens a socket could feed the walk addresses to dial.
      this.onAddresses(message.entries);
    }
    if (this.version && this.verack && !this.handshake) this.onHandshake(this.version);
  }

  private onHandshake(version: VersionMessage): void {
    const now = new Date().toISOString();
    this.handshake = { version, firstSeen: now, lastSeen: now };
    this.send("getaddr");
    this.timer("phase", this.o.timeouts.addrWaitMs, null);
  }

  private onAddresses(entries: AddrEntry[]): void {
    const room = this.o.maxAddrs - this.addresses.length;
    this.addresses.push(...entries.slice(0, Math.max(0, room)));
    // Core answers getaddr with one message of many entries; a single entry is a self-announcement.
    const isReply = entries.length > 1;
    if (isReply || this.addresses.length >= this.o.maxAddrs) this.finish(null);
    else this.timer("quiet", this.o.timeouts.quietMs, null);
  }

  private send(command: string, payload?: Buffer): void {
    this.socket?.write(encodeFrame(this.o.magic, command, payload));
  }

  /** (Re)arms a named timer that ends the session with `failure` when it fires. */
  private timer(name: string, ms: number, failure: FailureKind | null): void {
    clearTimeout(this.timers.get(name));
    this.timers.set(
      name,
      setTimeout(() => this.finish(failure), ms),
    );
  }

  private finish(failure: FailureKind | null): void {
    if (this.done) return;
    this.done = true;
    for (const t of this.timers.values()) clearTimeout(t);
    this.o.signal?.removeEventListener("abort", this.onAbort);
    this.socket?.destroy();
    const handshake = this.handshake;
    this.resolve({ handshake, addresses: this.addresses, failure });
  }
}
