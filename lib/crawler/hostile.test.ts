import { afterEach, describe, expect, test } from "vitest";
import type { FailureKind, ProtocolErrorKind } from "./errors";
import { runCrawl } from "./index";
import { type RunningPeer, startBcoinPeer } from "./testing/bcoin-peer";
import { HOSTILE, type HostileServer, startHostile } from "./testing/hostile";
import { FAST_TIMEOUTS } from "./testing/ports";

/**
 * Hostile peers on loopback, each between two honest bcoin peers: the hostile connection is
 * closed for the right reason, the walk carries on to the honest peer behind it, and the crawl
 * ends on its own (per-connection limits), well before its deadline — judged from the crawl's own
 * result, not from wall-clock timing.
 */

const running: { close(): Promise<void> }[] = [];
afterEach(async () => {
  await Promise.all(running.splice(0).map((r) => r.close()));
});

interface Expected {
  failure: FailureKind | null;
  reached: boolean;
  misbehaved?: ProtocolErrorKind;
}
const EXPECTED: Record<keyof typeof HOSTILE, Expected> = {
  "bad magic": { failure: "bad-magic", reached: false },
  "wrong checksum": { failure: "bad-checksum", reached: false },
  "oversized length header": { failure: "oversized", reached: false },
  "length lie, then stall": { failure: "idle-timeout", reached: false },
  garbage: { failure: "bad-magic", reached: false },
  silent: { failure: "idle-timeout", reached: false },
  "hangs up on our version": { failure: "closed", reached: false },
  "slowloris (one byte of a valid version at a time)": {
    failure: "handshake-timeout",
    reached: false,
  },
  // These two complete the handshake, so they are reachable nodes; only their gossip is lost.
  "handshake, then an addrv2 of 1001 entries": {
    failure: null,
    reached: true,
    misbehaved: "oversized",
  },
  "handshake, then endless pings and no addresses": { failure: null, reached: true },
};

async function honest(gossipPort: () => number): Promise<RunningPeer> {
  const peer = await startBcoinPeer({
    format: "addr",
    get gossip() {
      return [{ kind: "ip" as const, host: "127.0.0.1", port: gossipPort() }];
    },
    height: 1,
    agent: "/honest/",
  });
  running.push(peer);
  return peer;
}

describe("hostile peers", () => {
  test.each(Object.keys(HOSTILE))(
    "%s: closes that connection and the crawl goes on",
    async (name) => {
      let hostile: HostileServer | null = null;
      let behind: RunningPeer | null = null;
      // entry gossips the hostile peer and the honest peer behind it (two addr messages' worth).
      const entry = await startBcoinPeer({
        format: "addr",
        get gossip() {
          return [
            { kind: "ip" as const, host: "127.0.0.1", port: hostile?.port ?? 0 },
            { kind: "ip" as const, host: "127.0.0.1", port: behind?.port ?? 0 },
          ];
        },
        height: 1,
        agent: "/entry/",
      });
      running.push(entry);
      behind = await honest(() => entry.port);
      hostile = await startHostile(HOSTILE[name] ?? (() => {}));
      running.push(hostile);

      const result = await runCrawl({
        peers: [`127.0.0.1:${entry.port}`],
        allowPrivate: true,
        concurrency: 4,
        politenessMs: 0,
        deadlineMs: 30_000,
        timeouts: FAST_TIMEOUTS,
      });

      const expected = EXPECTED[name];
      const reached = result.nodes.map((n) => n.port);
      expect(reached).toContain(entry.port);
      expect(reached).toContain(behind.port);
      expect(reached.includes(hostile.port)).toBe(expected?.reached);
      expect(result.failures).toEqual(expected?.failure ? { [expected.failure]: 1 } : {});
      expect(result.deadlineReached).toBe(false);
    },
  );

  test("the global deadline ends a crawl stuck on a peer with generous per-connection limits", async () => {
    const hostile = await startHostile(
      HOSTILE["slowloris (one byte of a valid version at a time)"] ?? (() => {}),
    );
    running.push(hostile);
    const result = await runCrawl({
      peers: [`127.0.0.1:${hostile.port}`],
      deadlineMs: 500,
      timeouts: { ...FAST_TIMEOUTS, handshakeMs: 600_000, idleMs: 600_000 },
    });
    expect(result.deadlineReached).toBe(true);
    expect(result.failures).toEqual({ aborted: 1 });
    expect(result.nodes).toEqual([]);
    expect(result.unreachable).toEqual({ ipv4: 0, ipv6: 0 });
  });
});
