import { sql } from "kysely";
import { afterEach, beforeEach, describe, expect, test } from "vitest";
import type { CrawlResult } from "../../crawler/index";
import { type RunningPeer, startBcoinPeer } from "../../crawler/testing/bcoin-peer";
import { closedPort, FAST_TIMEOUTS } from "../../crawler/testing/ports";
import { crawlResult } from "../../crawler/testing/results";
import type { GeoLocator } from "../../geo/geoip";
import { testContext } from "../../ingest/testing";
import type { Store } from "../../store/db";
import { getNodeSnapshotBefore, snapshotId } from "../../store/nodes";
import type { Db } from "../../store/schema";
import { STORE_DIALECTS, useMigratedStore } from "../../store/testing";
import { ingestSource, storeFetched } from "../run";
import { crawlBatch, crawlerSource, fetchCrawl } from "./index";
import type { Geolocate, GeoPoint } from "./parse";

const ingestCrawl = (
  ctx: Parameters<typeof ingestSource>[0],
  options: Parameters<typeof fetchCrawl>[1],
) => ingestSource(ctx, crawlerSource, (c) => fetchCrawl(c, options));

/** Stores a crawl's result as the crawler source's ingest does. */
async function storeCrawl(db: Db, result: CrawlResult, geolocate: Geolocate) {
  const batch = crawlBatch(result, geolocate);
  const written = await storeFetched(db, crawlerSource, batch, new Date().toISOString());
  const takenAt = batch.kind === "node-snapshot" ? batch.records.takenAt : "";
  return {
    changed: written.written,
    ingestId: written.ingestId,
    snapshotId: snapshotId("crawler", takenAt),
  };
}

const TOR = "79bcc625184b05194975c28b66b66b0469f7f6556fb1ac3189a79b40dda32f1f";
const I2P = "a2894dabaec08c0051a481a6dac88b64f98232ae42d4b6fd2fa81952dfe36a87";

async function counts(store: Store): Promise<Record<string, number>> {
  const out: Record<string, number> = {};
  for (const t of [
    "ingests",
    "node_snapshots",
    "node_country_counts",
    "node_locations",
    "node_unlocated",
  ] as const) {
    const row = await sql<{
      n: string | number;
    }>`select count(*) as n from ${sql.table(t)}`.execute(store.db);
    out[t] = Number(row.rows[0]?.n);
  }
  return out;
}

/** A GeoIP stand-in that places the IPv4 loopback peer in Ethiopia and knows nothing else. */
const ETHIOPIA_ONLY: GeoLocator = {
  database: "test",
  locate: (ip) => (ip === "127.0.0.1" ? { country: "ET", lat: 9.03, lon: 38.74 } : null),
};

describe.each(STORE_DIALECTS)("the crawler as a source on %s", (dialect) => {
  const current = useMigratedStore(dialect);
  let store: Store;
  const peers: RunningPeer[] = [];

  beforeEach(() => {
    store = current();
  });
  afterEach(async () => {
    await Promise.all(peers.splice(0).map((p) => p.close()));
  });

  test("a crawl of loopback peers becomes a snapshot with per-country and Tor/I2P counts", async () => {
    const v6 = await startBcoinPeer({
      format: "addrv2",
      gossip: [],
      height: 5,
      agent: "/v6/",
      host: "::1",
    });
    const v4 = await startBcoinPeer({
      format: "addrv2",
      gossip: [
        { kind: "ip", host: "::1", port: v6.port },
        { kind: "tor", keyHex: TOR, port: 8333 },
        { kind: "i2p", keyHex: I2P, port: 0 },
      ],
      height: 5,
      agent: "/v4/",
    });
    peers.push(v4, v6);
    const ctx = testContext(store.db, "http://127.0.0.1:1", { geo: ETHIOPIA_ONLY });
    const outcome = await ingestCrawl(ctx, {
      peers: [`127.0.0.1:${v4.port}`],
      allowPrivate: true,
      timeouts: FAST_TIMEOUTS,
    });
    expect(outcome).toMatchObject({ source: "crawler", ok: true, changed: true, records: 4 });

    const snap = await getNodeSnapshotBefore(store.db, "2100-01-01T00:00:00Z");
    expect(snap).toMatchObject({
      sourceId: "crawler",
      total: 4,
      unlocated: 3,
      unlocatedByNetwork: { tor: 1, i2p: 1, ipv6: 1 },
      latestHeight: 5,
      countries: [{ country: "ET", count: 1 }],
    });
    const source = await store.db
      .selectFrom("sources")
      .selectAll()
      .where("id", "=", "crawler")
      .executeTakeFirst();
    expect(source).toMatchObject({ kind: "live", data_as_of: snap?.takenAt, last_error: null });
  });

  test("a crawl that reaches nobody is refused: the last good snapshot stays, the source fails", async () => {
    const geolocate = (): GeoPoint => ({ country: "PY", lat: -25.3, lon: -57.6 });
    const good = await storeCrawl(store.db, crawlResult([{ host: "1.1.1.1" }]), geolocate);
    const ctx = testContext(store.db, "http://127.0.0.1:1");
    const outcome = await ingestCrawl(ctx, {
      peers: [`127.0.0.1:${await closedPort()}`],
      allowPrivate: true,
      timeouts: FAST_TIMEOUTS,
    });
    expect(outcome).toMatchObject({ ok: false, changed: false });
    expect(outcome.error).toMatch(/crawler: implausible error: the crawl reached no node/);
    const snap = await getNodeSnapshotBefore(store.db, "2100-01-01T00:00:00Z");
    expect(snap?.id).toBe(good.snapshotId);
    const source = await store.db
      .selectFrom("sources")
      .select(["last_error", "last_error_at"])
      .where("id", "=", "crawler")
      .executeTakeFirstOrThrow();
    expect(source.last_error).toMatch(/reached no node/);
  });

  test("storing the same crawl twice changes nothing", async () => {
    const result = crawlResult([{ host: "1.1.1.1" }, { host: "1.1.1.2" }], {
      learned: { tor: 3, i2p: 0, cjdns: 0 },
    });
    const geolocate = (): GeoPoint => ({ country: "PY", lat: -25.3, lon: -57.6 });
    const first = await storeCrawl(store.db, result, geolocate);
    const before = await counts(store);
    const again = await storeCrawl(store.db, structuredClone(result), geolocate);
    expect(first.changed).toBe(true);
    expect(again).toEqual({ ...first, changed: false });
    expect(await counts(store)).toEqual(before);
    expect(before).toMatchObject({
      ingests: 1,
      node_snapshots: 1,
      node_country_counts: 1,
      node_unlocated: 1,
    });
  });
});
