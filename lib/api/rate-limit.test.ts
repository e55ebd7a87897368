import { describe, expect, test } from "vitest";
import { STORE_DIALECTS, useMigratedStore } from "../store/testing";
import { addressBucket, CLIENT_ADDRESS_HEADER, clientKey } from "./client";
import { ApiError } from "./errors";
import {
  DbCounter,
  isSpent,
  type Limit,
  type LimitCounter,
  MemoryCounter,
  reserve,
} from "./rate-limit";

const req = (headers: Record<string, string>) => new Request("http://localhost/", { headers });
const LIMIT: Limit = { name: "t", points: 6, windowMs: 60_000, what: "tries" };
const T0 = Date.parse("2026-01-01T00:00:00Z");

const PROXY = ["10.0.0.0/8"];

describe("clientKey", () => {
  test("without a trusted proxy: the socket address the server recorded, never X-Forwarded-For", () => {
    expect(
      clientKey(
        req({ "x-forwarded-for": "203.0.113.1", [CLIENT_ADDRESS_HEADER]: "198.51.100.7" }),
        [],
      ),
    ).toBe("198.51.100.7");
    expect(clientKey(req({ "x-forwarded-for": "203.0.113.1" }), PROXY)).toBe("unknown");
  });
  test("forwarded headers count only from a peer inside ATLAS_TRUSTED_PROXIES", () => {
    const forged = { "x-forwarded-for": "203.0.113.1", "x-real-ip": "203.0.113.2" };
    expect(clientKey(req({ ...forged, [CLIENT_ADDRESS_HEADER]: "198.51.100.7" }), PROXY)).toBe(
      "198.51.100.7",
    );
    expect(clientKey(req({ ...forged, [CLIENT_ADDRESS_HEADER]: "10.1.2.3" }), PROXY)).toBe(
      "203.0.113.1",
    );
  });
  test("walks X-Forwarded-For from the right past trusted hops; the client's own entries never count", () => {
    const peer = { [CLIENT_ADDRESS_HEADER]: "10.0.0.1" };
    const via = (xff: string) => clientKey(req({ ...peer, "x-forwarded-for": xff }), PROXY);
    expect(via("6.6.6.6, 203.0.113.1")).toBe("203.0.113.1");
    expect(via("6.6.6.6, 203.0.113.1, 10.0.0.7")).toBe("203.0.113.1");
    expect(clientKey(req({ ...peer, "x-real-ip": "203.0.113.9" }), PROXY)).toBe("203.0.113.9");
  });
  test("an entry that is not an IP is refused as an identity: rotating strings give one key", () => {
    const peer = { [CLIENT_ADDRESS_HEADER]: "10.0.0.1" };
    const keys = new Set(
      Array.from({ length: 50 }, (_, i) =>
        clientKey(req({ ...peer, "x-forwarded-for": `user-${i}` }), PROXY),
      ),
    );
    expect([...keys]).toEqual(["10.0.0.1"]);
    expect(clientKey(req({ ...peer, "x-real-ip": "not an ip" }), PROXY)).toBe("10.0.0.1");
    expect(clientKey(req({ ...peer, "x-forwarded-for": "junk, 203.0.113.4" }), PROXY)).toBe(
      "203.0.113.4",
    );
  });
  test("groups IPv6 clients by /64 and reads IPv4-mapped addresses as IPv4", () => {
    expect(addressBucket("2001:db8:1:2:aaaa::1")).toBe("2001:db8:1:2::/64");
    expect(addressBucket("2001:db8:1:2:bbbb::9")).toBe("2001:db8:1:2::/64");
    expect(addressBucket("::ffff:127.0.0.1")).toBe("127.0.0.1");
    expect(addressBucket("2001:db8:1:2:bbbb::9", 48)).toBe("2001:db8:1::/48");
  });
});

async function spend(counter: LimitCounter, client: string, cost: number, now = T0) {
  try {
    const r = await reserve(counter, LIMIT, client, cost, now);
    return r;
  } catch (error) {
    if (error instanceof ApiError && error.status === 429) return null;
    throw error;
  }
}

function counterSuite(make: () => LimitCounter) {
  test("allows the budget per client, then refuses with Retry-After", async () => {
    const c = make();
    expect(await spend(c, "a", 3)).not.toBeNull();
    expect(await spend(c, "a", 3)).not.toBeNull();
    const refused = await reserve(c, LIMIT, "a", 3, T0 + 15_000).catch((e: ApiError) => e);
    expect(refused).toBeInstanceOf(ApiError);
    expect((refused as ApiError).headers["Retry-After"]).toBe("45");
    // Another client is not affected; the next window starts afresh.
    expect(await spend(c, "b", 3)).not.toBeNull();
    expect(await spend(c, "a", 3, T0 + 60_000)).not.toBeNull();
  });

  test("a window opens at a client's first request, so a burst is never split in two", async () => {
    const c = make();
    // Starting 1 s before a minute boundary: still one window of 60 s.
    const start = T0 - 1000;
    for (let i = 0; i < 6; i += 1) expect(await spend(c, "a", 1, start + i * 500)).not.toBeNull();
    expect(await spend(c, "a", 1, start + 59_000)).toBeNull();
    expect(await spend(c, "a", 1, start + 60_000)).not.toBeNull();
  });

  test("a request settling for less than it reserved leaves room for more", async () => {
    const c = make();
    for (let i = 0; i < 6; i += 1) {
      const r = await spend(c, "a", 3);
      await r?.settle(1);
    }
    expect(await spend(c, "a", 1)).toBeNull();
  });

  test("isSpent costs nothing", async () => {
    const c = make();
    for (let i = 0; i < 10; i += 1) expect(await isSpent(c, LIMIT, "a", T0)).toBeNull();
    await (await spend(c, "a", 6))?.settle(6);
    expect(await isSpent(c, LIMIT, "a", T0 + 1000)).toEqual({ used: 6, resetAt: T0 + 60_000 });
  });
}

describe("MemoryCounter", () => counterSuite(() => new MemoryCounter()));

describe.each(STORE_DIALECTS)("DbCounter on %s", (dialect) => {
  const store = useMigratedStore(dialect);
  counterSuite(() => new DbCounter(store().db));

  test("two instances on one database share each limit", async () => {
    const first = new DbCounter(store().db);
    const second = new DbCounter(store().db);
    expect(await spend(first, "a", 3)).not.toBeNull();
    expect(await spend(second, "a", 3)).not.toBeNull();
    expect(await spend(first, "a", 1)).toBeNull();
    expect(await spend(second, "a", 1)).toBeNull();
  });

  test("concurrent reservations never overshoot the budget", async () => {
    const counters = [new DbCounter(store().db), new DbCounter(store().db)];
    const results = await Promise.all(
      Array.from({ length: 12 }, (_, i) => spend(counters[i % 2] as DbCounter, "a", 1)),
    );
    expect(results.filter((r) => r !== null)).toHaveLength(6);
  });
});

describe("MemoryCounter under a flood of keys", () => {
  const ADMIN: Limit = { name: "admin-failures", points: 10, windowMs: 900_000, what: "logins" };
  const FLOOD: Limit = { name: "preview-renders", points: 30, windowMs: 60_000, what: "x" };

  test("an admin lock-out survives 60,000 fresh keys of another limit", async () => {
    const c = new MemoryCounter(1000);
    for (let i = 0; i < 10; i += 1) await reserve(c, ADMIN, "198.51.100.1", 1, T0);
    for (let i = 0; i < 60_000; i += 1) await reserve(c, FLOOD, `k${i}`, 1, T0 + 1000);
    expect(await isSpent(c, ADMIN, "198.51.100.1", T0 + 2000)).not.toBeNull();
    expect(c.size("preview-renders")).toBeLessThanOrEqual(1000);
  });

  test("a full limit evicts one key at a time: windows that are over first, then the oldest", async () => {
    const c = new MemoryCounter(3);
    await reserve(c, LIMIT, "old", 5, T0);
    await reserve(c, LIMIT, "mid", 5, T0 + 30_000);
    await reserve(c, LIMIT, "new", 5, T0 + 40_000);
    // "old"'s window is over at T0 + 61 s: it goes, the others keep their counts.
    await reserve(c, LIMIT, "fourth", 1, T0 + 61_000);
    expect(await isSpent(c, LIMIT, "mid", T0 + 61_000)).toBeNull();
    expect((await c.add("t:mid", 0, 60_000, T0 + 61_000)).used).toBe(5);
    expect((await c.add("t:new", 0, 60_000, T0 + 61_000)).used).toBe(5);
  });
});
