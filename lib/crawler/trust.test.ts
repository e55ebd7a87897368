import { afterEach, describe, expect, test } from "vitest";
import { isBadPort } from "./bad-ports";
import { runCrawl } from "./index";
import { type Gossip, type RunningPeer, startBcoinPeer } from "./testing/bcoin-peer";
import { type HostileServer, startHostile, VERACK, WIKI_VERSION } from "./testing/hostile";
import { FAST_TIMEOUTS } from "./testing/ports";
import { rawFrame } from "./testing/raw-frame";

/**
 * What the crawler takes from whom, since any peer may lie: gossip only from a peer that finished
 * version/verack, never a port on Bitcoin Core's bad-port list, at most `maxAddrsPerPeer`
 * addresses from one peer. Real TCP peers on loopback; only 127.0.0.1 is dialled.
 */

const running: { close(): Promise<void> }[] = [];
afterEach(async () => {
  await Promise.all(running.splice(0).map((r) => r.close()));
});

async function peer(gossip: () => Gossip[]): Promise<RunningPeer> {
  const started = await startBcoinPeer({
    format: "addr",
    get gossip() {
      return gossip();
    },
    height: 1,
    agent: "/trust-test/",
  });
  running.push(started);
  return started;
}

/** A legacy `addr` payload naming 127.0.0.1:port, written from the protocol documentation. */
function addrPayload(port: number): Buffer {
  const entry = Buffer.alloc(30);
  entry.writeUInt32LE(Math.floor(Date.now() / 1000), 0);
  entry.writeBigUInt64LE(1n, 4);
  Buffer.from("00000000000000000000ffff7f000001", "hex").copy(entry, 12);
  entry.writeUInt16BE(port, 28);
  return Buffer.concat([Buffer.from([1]), entry]);
}

async function scripted(bytes: () => Buffer): Promise<HostileServer> {
  const server = await startHostile((socket) => socket.write(bytes()));
  running.push(server);
  return server;
}

const crawlFrom = (port: number, extra: Record<string, unknown> = {}) =>
  runCrawl({
    peers: [`127.0.0.1:${port}`],
    allowPrivate: true,
    politenessMs: 0,
    deadlineMs: 20_000,
    timeouts: FAST_TIMEOUTS,
    ...extra,
  });

describe("whose gossip the crawler takes", () => {
  test("ignores addresses from a peer that sends version but never verack", async () => {
    const target = await peer(() => []);
    const liar = await scripted(() =>
      Buffer.concat([WIKI_VERSION, rawFrame("addr", addrPayload(target.port))]),
    );
    const result = await crawlFrom(liar.port);
    expect(result.failures).toEqual({ "idle-timeout": 1 });
    expect(result.nodes).toEqual([]);
    expect(target.log.connections).toEqual([]);
  });

  test("ignores addresses sent before the handshake even when it then completes", async () => {
    const target = await peer(() => []);
    const early = await scripted(() =>
      Buffer.concat([rawFrame("addr", addrPayload(target.port)), WIKI_VERSION, VERACK]),
    );
    const result = await crawlFrom(early.port);
    expect(result.nodes.map((n) => n.port)).toEqual([early.port]);
    expect(target.log.connections).toEqual([]);
  });

  test("never dials a learned address on Bitcoin Core's bad-port list", async () => {
    const honest = await peer(() => []);
    const entry = await peer(() => [
      { kind: "ip", host: "127.0.0.1", port: 22 },
      { kind: "ip", host: "127.0.0.1", port: 25 },
      { kind: "ip", host: "127.0.0.1", port: 5432 },
      { kind: "ip", host: "127.0.0.1", port: honest.port },
    ]);
    const result = await crawlFrom(entry.port);
    expect(result.skippedBadPort).toBe(3);
    expect(result.nodes.map((n) => n.port).sort()).toEqual([entry.port, honest.port].sort());
    // Nothing was dialled on 22, 25 or 5432: no connection failed at all.
    expect(result.failures).toEqual({});
  });

  test("takes at most maxAddrsPerPeer addresses from one peer", async () => {
    const others = [await peer(() => []), await peer(() => []), await peer(() => [])];
    const entry = await peer(() => others.map((o) => ({ kind: "ip", host: o.host, port: o.port })));
    // The peer first announces itself (one address, already known), then gossips the three.
    const result = await crawlFrom(entry.port, { maxAddrsPerPeer: 3 });
    expect(result.nodes).toHaveLength(3);
    expect(others.filter((o) => o.log.connections.length > 0)).toHaveLength(2);
  });
});

describe("isBadPort", () => {
  test.each([22, 25, 53, 3306, 5432, 6667, 27017])("refuses %i", (port) => {
    expect(isBadPort(port)).toBe(true);
  });
  test.each([8333, 18333, 38333, 18444, 6379, 65535])("allows %i", (port) => {
    expect(isBadPort(port)).toBe(false);
  });
});
