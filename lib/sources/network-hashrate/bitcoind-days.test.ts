import { readFileSync } from "node:fs";
import { afterEach, beforeEach, describe, expect, test } from "vitest";
import type { ReplayServer } from "../../http/testing";
import { testContext } from "../../ingest/testing";
import { getNetworkMonths } from "../../queries/estimate-inputs";
import type { Store } from "../../store/db";
import { listNetworkDays } from "../../store/estimate-inputs";
import { ensureSource } from "../../store/sources";
import { STORE_DIALECTS, useMigratedStore } from "../../store/testing";
import { bitcoindSource } from "../bitcoind";
import { fakeBitcoind, fakeChain } from "../bitcoind/testing";
import { storeFetched } from "../run";
import { fetchNodeDailyHashrate } from "./bitcoind-days";
import { daysToFetch, nodeNetworkDays } from "./bitcoind-ingest";

const USER = "atlas";
const PASSWORD = "secret";
const recorded = JSON.parse(
  readFileSync("lib/sources/network-hashrate/fixtures/getnetworkhashps.constructed.json", "utf8"),
) as { answers: { params: [number, number]; result: number }[] };

/** A node on a ten-minute chain answering getnetworkhashps only for the recorded parameters. */
function node(tip: number, tipTime: string) {
  const chain = fakeChain(tip, Date.parse(tipTime) / 1000);
  const calls: unknown[][] = [];
  const server = fakeBitcoind({
    cookie: `${USER}:${PASSWORD}`,
    blocks: () => chain,
    answer: (method, params) => {
      if (method !== "getnetworkhashps") return undefined;
      calls.push(params);
      const hit = recorded.answers.find(
        (a) => a.params[0] === params[0] && a.params[1] === params[1],
      );
      return JSON.stringify(
        hit
          ? { result: hit.result, error: null, id: method }
          : { result: null, error: { code: -8, message: "not recorded" }, id: method },
      );
    },
  });
  return { server, calls };
}

const config = (url: string) => ({ url, user: USER, password: PASSWORD, timeoutMs: 5000 });

describe("the operator's bitcoind as a network-hashrate source", () => {
  let server: ReplayServer | null = null;
  afterEach(async () => {
    await server?.close();
    server = null;
  });

  test("getnetworkhashps over each complete day's blocks, in EH/s; an unfinished day is left out", async () => {
    const n = node(824_000, "2024-01-04T12:00:00Z");
    server = await n.server;
    const days = await fetchNodeDailyHashrate(config(server.url), [
      "2024-01-01",
      "2024-01-02",
      "2024-01-03",
      "2024-01-04",
    ]);
    // Each day is 144 blocks of the chain, ending at its last height (the recorded parameters).
    expect(n.calls).toEqual([
      [144, 823_639],
      [144, 823_783],
      [144, 823_927],
    ]);
    expect(days.map((d) => d.day)).toEqual(["2024-01-01", "2024-01-02", "2024-01-03"]);
    expect(days[0]?.ehs).toBeCloseTo(554.814, 3);
    expect(days.every((d) => d.blocks === 144)).toBe(true);
  });

  test("a wrong answer is a clear error", async () => {
    const n = node(824_000, "2024-01-04T12:00:00Z");
    server = await n.server;
    await expect(fetchNodeDailyHashrate(config(server.url), ["2023-12-31"])).rejects.toThrow(
      /getnetworkhashps: RPC error -8: not recorded/,
    );
  });

  test("fetches the days it has not stored, up to yesterday", () => {
    const now = new Date("2026-08-01T13:00:00Z");
    const first = daysToFetch(now, null);
    expect(first[0]).toBe("2026-06-22");
    expect(first.at(-1)).toBe("2026-07-31");
    expect(first).toHaveLength(40);
    expect(daysToFetch(now, "2026-07-29")).toEqual(["2026-07-30", "2026-07-31"]);
    expect(daysToFetch(now, "2026-07-31")).toEqual([]);
  });
});

describe.each(STORE_DIALECTS)("node network hashrate stored on %s", (dialect) => {
  const current = useMigratedStore(dialect);
  let store: Store;
  let server: ReplayServer | null = null;
  beforeEach(async () => {
    store = current();
    // As the bitcoind ingest does before it calls the fetcher (lib/ingest/run.ts).
    await ensureSource(store.db, bitcoindSource);
  });
  afterEach(async () => {
    await server?.close();
    server = null;
  });

  test("daily values become a month's mean; a month with fewer than 20 days has none", async () => {
    const n = node(950_000, "2026-08-01T12:00:00Z");
    server = await n.server;
    const ctx = testContext(store.db, server.url, {
      now: () => new Date("2026-08-01T13:00:00Z"),
      bitcoind: config(server.url),
    });
    const url = server.url;
    // One pass of the node's days, stored by the one writer as the bitcoind ingest does.
    const pass = async () => {
      const batch = await nodeNetworkDays(ctx, config(url));
      return batch
        ? (await storeFetched(store.db, bitcoindSource, batch, ctx.now().toISOString())).records
        : 0;
    };
    expect(await pass()).toBe(40);
    const stored = (await listNetworkDays(store.db)).filter((d) => d.source_id === "bitcoind");
    expect(stored).toHaveLength(40);
    // A second pass has nothing new to fetch.
    expect(await pass()).toBe(0);
    const months = await getNetworkMonths(store.db);
    const july = months.find((m) => m.month === "2026-07");
    // 1,000 EH/s + the day of the month: the mean over 31 days is 1,016.
    expect(july).toEqual({ month: "2026-07", ehs: 1016, days: 31, source: "bitcoind" });
    expect(months.find((m) => m.month === "2026-06")).toMatchObject({ ehs: null, days: 9 });
  });
});
