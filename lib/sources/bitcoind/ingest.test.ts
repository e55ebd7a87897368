import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, beforeEach, describe, expect, test } from "vitest";
import { openGeoIp } from "../../geo/geoip";
import type { ReplayServer } from "../../http/testing";
import { testContext } from "../../ingest/testing";
import type { Store } from "../../store/db";
import { getNodeSnapshotBefore } from "../../store/nodes";
import { STORE_DIALECTS, useMigratedStore } from "../../store/testing";
import { ingestSource } from "../run";
import { bitcoindSource } from "./index";

import { fakeBitcoind, fakeChain } from "./testing";

const ingestBitcoind = (ctx: Parameters<typeof ingestSource>[0]) =>
  ingestSource(ctx, bitcoindSource);

const fixture = (name: string) =>
  readFileSync(`lib/sources/bitcoind/fixtures/${name}.constructed.json`, "utf8");
const COOKIE = "__cookie__:0123abcd";

/** The node's chain for the snapshot tests: its tip just before 2026-03, so no block to attribute. */
const mainnet = fakeChain(871240, Date.parse("2026-02-28T23:00:00Z") / 1000);
const MAINNET = () => mainnet;
const chain = JSON.stringify({
  result: { blocks: 871240, chain: "main" },
  error: null,
  id: "getblockchaininfo",
});
const rpcServer = (answers: Record<string, string>) =>
  fakeBitcoind({ cookie: COOKIE, answers, blocks: MAINNET });

describe.each(STORE_DIALECTS)("Bitcoin Core RPC on %s", (dialect) => {
  const current = useMigratedStore(dialect);
  let store: Store;
  let server: ReplayServer;
  let dir: string;
  beforeEach(() => {
    store = current();
    dir = mkdtempSync(join(tmpdir(), "atlas-rpc-"));
    writeFileSync(join(dir, ".cookie"), `${COOKIE}\n`);
  });
  afterEach(async () => {
    await server.close();
    rmSync(dir, { recursive: true, force: true });
  });

  test("stores the node's view: known addresses and peers once each, geolocated, overlay networks unlocated", async () => {
    server = await rpcServer({
      getnodeaddresses: fixture("getnodeaddresses"),
      getpeerinfo: fixture("getpeerinfo"),
      getblockchaininfo: chain,
    });
    const ctx = testContext(store.db, server.url, {
      geo: await openGeoIp(),
      bitcoind: { url: server.url, cookieFile: join(dir, ".cookie"), timeoutMs: 2000 },
    });
    const outcome = await ingestBitcoind(ctx);
    expect(outcome).toMatchObject({ ok: true, changed: true, records: 8 });
    const snap = await getNodeSnapshotBefore(store.db, "2027-01-01T00:00:00.000Z");
    expect(snap).toMatchObject({ sourceId: "bitcoind", total: 8, latestHeight: 871240 });
    expect(snap?.unlocatedByNetwork).toMatchObject({ tor: 2, i2p: 1, cjdns: 1 });
    const located = snap?.countries.reduce((a, c) => a + c.count, 0) ?? 0;
    expect(located + (snap?.unlocated ?? 0)).toBe(8);
    expect(located).toBeGreaterThanOrEqual(3);
    // the same answers again are the same ingest: nothing new is written
    expect(await ingestBitcoind(ctx)).toMatchObject({ ok: true, changed: false });
  });

  test("wrong credentials or an RPC error leave the data alone and mark the source degraded", async () => {
    server = await rpcServer({
      getnodeaddresses: fixture("getnodeaddresses"),
      getblockchaininfo: chain,
    });
    writeFileSync(join(dir, "bad.cookie"), "__cookie__:wrong");
    const wrong = testContext(store.db, server.url, {
      bitcoind: { url: server.url, cookieFile: join(dir, "bad.cookie"), timeoutMs: 2000 },
    });
    expect(await ingestBitcoind(wrong)).toMatchObject({
      ok: false,
      error: expect.stringMatching(/refused the credentials \(HTTP 401\)/),
    });
    const missing = testContext(store.db, server.url, {
      bitcoind: { url: server.url, cookieFile: join(dir, ".cookie"), timeoutMs: 2000 },
    });
    expect(await ingestBitcoind(missing)).toMatchObject({
      ok: false,
      error: expect.stringMatching(/getpeerinfo: RPC error -32601/),
    });
    expect(await getNodeSnapshotBefore(store.db, "2027-01-01T00:00:00.000Z")).toBeNull();
    const source = await store.db
      .selectFrom("sources")
      .selectAll()
      .where("id", "=", "bitcoind")
      .executeTakeFirst();
    expect(source?.last_error).toMatch(/RPC error -32601/);
    expect(
      missing.log.lines.some((l) => l.level === "error" && /last good data kept/.test(l.msg)),
    ).toBe(true);
  });

  test("is skipped, not failed, when no node is configured", async () => {
    server = await rpcServer({});
    const ctx = testContext(store.db, server.url);
    expect(await ingestBitcoind(ctx)).toEqual({
      source: "bitcoind",
      ok: true,
      changed: false,
      records: 0,
    });
    expect(server.requests).toEqual([]);
  });
});
