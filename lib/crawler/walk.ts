import { setMaxListeners } from "node:events";
import { addressKey, type PeerAddress } from "./address";
import { isBadPort } from "./bad-ports";
import { type FailureKind, isProtocolErrorKind } from "./errors";
import { NETWORKS, type NetworkName } from "./networks";
import { type PeerTimeouts, type Visit, visitPeer } from "./peer";
import { type CrawlProgress, type CrawlResult, cleanUserAgent } from "./result";
import { isDialablePort, isPublicRoutable } from "./routable";
import type { StartAddress } from "./targets";
import { WorkQueue } from "./work-queue";

interface WalkOptions {
  network: NetworkName;
  /** Where the walk starts; IP literals the operator gave are dialled even when private. */
  start: readonly StartAddress[];
  /** Stop after this many reachable nodes. */
  maxNodes: number;
  /** Connections open at once. */
  concurrency: number;
  /** Minimum gap between two connection attempts, across the whole walk. */
  politenessMs: number;
  /** Dial learned loopback/RFC 1918/link-local/ULA addresses too (tests, private networks). */
  allowPrivate: boolean;
  timeouts: PeerTimeouts;
  userAgent: string;
  maxAddrsPerPeer: number;
  onProgress?: (progress: CrawlProgress) => void;
  /** The crawl's deadline (and any caller abort): open connections close, the walk returns. */
  signal: AbortSignal;
}

/** Breadth-first walk: dial queued addresses, enqueue what each peer gossips, until done. */
export async function walk(o: WalkOptions, result: CrawlResult): Promise<void> {
  // Every open connection and politeness wait listens for the deadline; that many is expected.
  setMaxListeners(o.concurrency * 2 + 16, o.signal);
  await new Walker(o, result).run();
}

class Walker {
  private readonly queue: WorkQueue<PeerAddress>;
  /** Every address ever offered, dialled or not, so each is judged and counted once. */
  private readonly seen = new Set<string>();
  private readonly state = { inFlight: 0, failed: 0, nextDialAt: 0 };

  constructor(
    private readonly o: WalkOptions,
    private readonly result: CrawlResult,
  ) {
    this.queue = new WorkQueue<PeerAddress>(o.signal);
  }

  async run(): Promise<void> {
    for (const s of this.o.start) this.offer(s.address, !s.literal);
    await Promise.all(Array.from({ length: this.o.concurrency }, () => this.worker()));
    this.result.notDialled = this.queue.size;
    this.queue.close();
  }

  /** Queues a dialable address; counts the rest (overlay networks, private space, port 0, bad ports). */
  private offer(address: PeerAddress, learned: boolean): void {
    const key = addressKey(address);
    if (this.seen.has(key)) return;
    this.seen.add(key);
    const { result } = this;
    if (address.network !== "ipv4" && address.network !== "ipv6") {
      result.learned[address.network] += 1;
    } else if (!isDialablePort(address.port)) {
      result.skippedPrivate += 1;
    } else if (learned && !this.o.allowPrivate && !isPublicRoutable(address)) {
      result.skippedPrivate += 1;
    } else if (learned && isBadPort(address.port)) {
      result.skippedBadPort += 1;
    } else {
      this.queue.push(address);
    }
  }

  private async worker(): Promise<void> {
    const { o, result, state, queue } = this;
    for (;;) {
      if (result.nodes.length >= o.maxNodes) return;
      // Dials in flight may still fail, so a full walk waits rather than stopping early.
      const full = result.nodes.length + state.inFlight >= o.maxNodes;
      const next = full ? null : queue.shift();
      if (next === null) {
        if (state.inFlight === 0 || o.signal.aborted) return;
        await queue.changed();
        continue;
      }
      state.inFlight += 1;
      const visit = await politeDial(next, o, state);
      state.inFlight -= 1;
      if (record(next, visit, result)) state.failed += 1;
      for (const a of visit.addresses) this.offer(a, true);
      this.progress();
      queue.notify();
    }
  }

  private progress(): void {
    this.o.onProgress?.({
      reached: this.result.nodes.length,
      queued: this.queue.size,
      failed: this.state.failed,
      inFlight: this.state.inFlight,
    });
  }
}

async function politeDial(
  address: PeerAddress,
  o: WalkOptions,
  state: { nextDialAt: number },
): Promise<Visit> {
  const { signal } = o;
  // Reserve the next dial slot first, so concurrent workers space out instead of all waiting alike.
  const at = Math.max(Date.now(), state.nextDialAt);
  state.nextDialAt = at + o.politenessMs;
  if (at > Date.now()) await sleep(at - Date.now(), signal);
  return visitPeer({
    address,
    magic: NETWORKS[o.network].magic,
    timeouts: o.timeouts,
    userAgent: o.userAgent,
    maxAddrs: o.maxAddrsPerPeer,
    signal,
  });
}

/** Adds the visit to the result; returns true when it counts as a failed dial. */
function record(address: PeerAddress, visit: Visit, result: CrawlResult): boolean {
  const network = address.network === "ipv6" ? "ipv6" : "ipv4";
  const v = visit.handshake?.version;
  if (!visit.handshake || !v) {
    const kind: FailureKind = visit.failure ?? "closed";
    result.failures[kind] = (result.failures[kind] ?? 0) + 1;
    if (kind !== "aborted") result.unreachable[network] += 1;
    return kind !== "aborted";
  }
  if (visit.failure && isProtocolErrorKind(visit.failure)) {
    result.misbehaved[visit.failure] = (result.misbehaved[visit.failure] ?? 0) + 1;
  }
  result.nodes.push({
    address: addressKey(address),
    host: address.host,
    port: address.port,
    network,
    protocolVersion: v.version,
    userAgent: cleanUserAgent(v.userAgent),
    services: v.services.toString(),
    startHeight: v.startHeight,
    firstSeen: visit.handshake.firstSeen,
    lastSeen: visit.handshake.lastSeen,
  });
  return false;
}

function sleep(ms: number, signal: AbortSignal): Promise<void> {
  return new Promise((resolve) => {
    const done = () => {
      clearTimeout(timer);
      signal.removeEventListener("abort", done);
      resolve();
    };
    const timer = setTimeout(done, ms);
    signal.addEventListener("abort", done, { once: true });
  });
}
