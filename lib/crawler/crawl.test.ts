import { afterEach, describe, expect, test } from "vitest";
import { runCrawl } from "./index";
import { type Gossip, type RunningPeer, startBcoinPeer } from "./testing/bcoin-peer";
import { closedPort, FAST_TIMEOUTS } from "./testing/ports";

/**
 * The crawler against real TCP peers on loopback that speak Bitcoin P2P through bcoin (see
 * testing/bcoin-peer.ts for why bcoin): a multi-hop walk over legacy addr and BIP 155 addrv2,
 * with Tor and I2P addresses in the gossip. Only 127.0.0.1 and ::1 are ever dialled.
 */

// Tor v3 / I2P keys from Bitcoin Core's net_tests.cpp, plus two made-up ones.
const TOR_A = "79bcc625184b05194975c28b66b66b0469f7f6556fb1ac3189a79b40dda32f1f";
const I2P_A = "a2894dabaec08c0051a481a6dac88b64f98232ae42d4b6fd2fa81952dfe36a87";
const TOR_B = "11".repeat(32);
const I2P_B = "22".repeat(32);

const peers: RunningPeer[] = [];
afterEach(async () => {
  await Promise.all(peers.splice(0).map((p) => p.close()));
});

async function peer(format: "addr" | "addrv2", gossip: () => Gossip[], host?: string) {
  // Gossip is a thunk: peers name each other, so the list is read when getaddr arrives.
  const started = await startBcoinPeer({
    format,
    get gossip() {
      return gossip();
    },
    height: 900_000 + peers.length,
    agent: `/bcoin-test:${peers.length}/`,
    host,
  });
  peers.push(started);
  return started;
}

const ip = (p: RunningPeer): Gossip => ({ kind: "ip", host: p.host, port: p.port });
const at = (p: RunningPeer) =>
  p.host.includes(":") ? `[${p.host}]:${p.port}` : `${p.host}:${p.port}`;

describe("crawl over bcoin peers on loopback", () => {
  test("walks several hops over addr and addrv2, counting Tor/I2P and unreachable addresses", async () => {
    const dead = await closedPort();
    const ps: RunningPeer[] = [];
    ps.push(await peer("addr", () => [ip(ps[1] as RunningPeer), ip(ps[2] as RunningPeer)]));
    ps.push(
      await peer("addrv2", () => [
        ip(ps[3] as RunningPeer),
        { kind: "tor", keyHex: TOR_A, port: 8333 },
        { kind: "i2p", keyHex: I2P_A, port: 0 },
      ]),
    );
    ps.push(
      await peer("addrv2", () => [
        ip(ps[0] as RunningPeer),
        { kind: "tor", keyHex: TOR_A, port: 8333 },
        ip(ps[4] as RunningPeer),
        ip(ps[5] as RunningPeer),
      ]),
    );
    ps.push(
      await peer("addr", () => [
        { kind: "ip", host: "127.0.0.1", port: dead },
        ip(ps[1] as RunningPeer),
      ]),
    );
    ps.push(
      await peer("addrv2", () => [
        { kind: "i2p", keyHex: I2P_B, port: 0 },
        { kind: "tor", keyHex: TOR_B, port: 9000 },
      ]),
    );
    ps.push(await peer("addrv2", () => [ip(ps[0] as RunningPeer)], "::1"));

    const progress: number[] = [];
    const result = await runCrawl(
      {
        network: "mainnet",
        peers: [at(ps[0] as RunningPeer)],
        allowPrivate: true,
        concurrency: 3,
        politenessMs: 0,
        deadlineMs: 20_000,
        timeouts: FAST_TIMEOUTS,
      },
      { onProgress: (p) => progress.push(p.reached) },
    );

    expect(result.nodes.map((n) => n.address).sort()).toEqual(ps.map(at).sort());
    expect(result.unreachable).toEqual({ ipv4: 1, ipv6: 0 });
    expect(result.failures).toEqual({ connect: 1 });
    expect(result.learned).toEqual({ tor: 2, i2p: 2, cjdns: 0 });
    expect(result.deadlineReached).toBe(false);
    expect(result.notDialled).toBe(0);
    expect(progress.at(-1)).toBe(6);
    const v6 = result.nodes.find((n) => n.network === "ipv6");
    expect(v6).toMatchObject({
      host: "::1",
      protocolVersion: 70015,
      services: "9",
      startHeight: 900_005,
    });
    expect(v6?.userAgent).toBe("/bcoin-test:5/");
  });

  test("handshakes as BIP 155 requires and answers pings", async () => {
    const only = await peer("addrv2", () => []);
    await runCrawl({ peers: [at(only)], timeouts: FAST_TIMEOUTS, politenessMs: 0 });
    expect(only.log.version).toEqual({
      version: 70016,
      agent: "/hashrate-atlas-crawler:0.1.0/",
      noRelay: true,
    });
    const c = only.log.commands;
    expect(c.slice(0, 2)).toEqual(["version", "sendaddrv2"]);
    expect(c.indexOf("verack")).toBeGreaterThan(c.indexOf("sendaddrv2"));
    expect(c.indexOf("getaddr")).toBeGreaterThan(c.indexOf("verack"));
    expect(c).toContain("pong");
  });

  test("does not dial learned loopback addresses unless allowPrivate is set", async () => {
    const ps: RunningPeer[] = [];
    ps.push(
      await peer("addr", () => [
        ip(ps[1] as RunningPeer),
        { kind: "ip", host: "10.1.2.3", port: 8333 },
      ]),
    );
    ps.push(await peer("addr", () => []));
    const result = await runCrawl({ peers: [at(ps[0] as RunningPeer)], timeouts: FAST_TIMEOUTS });
    expect(result.nodes.map((n) => n.address)).toEqual([at(ps[0] as RunningPeer)]);
    expect(result.skippedPrivate).toBe(2);
    expect(ps[1]?.log.commands).toEqual([]);
  });

  test("stops at maxNodes and reports what it left undialled", async () => {
    const ps: RunningPeer[] = [];
    ps.push(await peer("addr", () => [ip(ps[1] as RunningPeer), ip(ps[2] as RunningPeer)]));
    ps.push(await peer("addr", () => []));
    ps.push(await peer("addr", () => []));
    const result = await runCrawl({
      peers: [at(ps[0] as RunningPeer)],
      allowPrivate: true,
      maxNodes: 2,
      concurrency: 1,
      timeouts: FAST_TIMEOUTS,
    });
    expect(result.nodes).toHaveLength(2);
    expect(result.notDialled).toBe(1);
  });

  test("starts from DNS seeds through the injected resolver, filtering their answers like gossip", async () => {
    const listening = await peer("addr", () => []);
    const asked: string[] = [];
    const resolve = async (name: string) => {
      asked.push(name);
      return ["127.0.0.1"];
    };
    const seeds = [`seed.invalid:${listening.port}`];
    const refused = await runCrawl({ seeds, timeouts: FAST_TIMEOUTS }, { resolve });
    expect(refused.nodes).toEqual([]);
    expect(refused.skippedPrivate).toBe(1);
    expect(listening.log.commands).toEqual([]);

    const allowed = await runCrawl(
      { seeds, allowPrivate: true, timeouts: FAST_TIMEOUTS },
      { resolve },
    );
    expect(allowed.nodes.map((n) => n.port)).toEqual([listening.port]);
    expect(asked).toEqual(["seed.invalid", "seed.invalid"]);
  });

  test("reports seeds that do not resolve and dials nothing for them", async () => {
    const result = await runCrawl(
      { network: "regtest", seeds: ["a.invalid", "b.invalid:1"], timeouts: FAST_TIMEOUTS },
      { resolve: async () => Promise.reject(new Error("NXDOMAIN")) },
    );
    expect(result.unresolved).toEqual(["a.invalid", "b.invalid"]);
    expect(result.nodes).toEqual([]);
  });

  test("spaces connection attempts by the politeness delay, across concurrent workers", async () => {
    const ps: RunningPeer[] = [];
    ps.push(await peer("addr", () => ps.slice(1).map(ip)));
    for (let i = 0; i < 3; i++) ps.push(await peer("addr", () => []));
    const t0 = performance.now();
    const result = await runCrawl({
      peers: [at(ps[0] as RunningPeer)],
      allowPrivate: true,
      concurrency: 4,
      politenessMs: 250,
      timeouts: FAST_TIMEOUTS,
    });
    expect(result.nodes).toHaveLength(4);
    for (const p of ps) expect(p.log.connections).toHaveLength(1);
    // Four dials need three gaps: the last cannot be reached sooner (a lower bound, not a speed test).
    const last = Math.max(...ps.flatMap((p) => p.log.connections));
    expect(last - t0).toBeGreaterThanOrEqual(3 * 250 - 2);
  });

  test("the deadline also bounds a DNS seed that never answers", async () => {
    const result = await runCrawl(
      { seeds: ["stuck.invalid"], deadlineMs: 300 },
      { resolve: () => new Promise<string[]>(() => {}) },
    );
    expect(result.unresolved).toEqual(["stuck.invalid"]);
    expect(result.deadlineReached).toBe(true);
  });

  test("rejects invalid options before touching the network", async () => {
    await expect(runCrawl({ peers: ["not a host"] })).rejects.toThrow(/host/);
    await expect(runCrawl({ concurrency: 0 })).rejects.toThrow();
  });
});
