import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, beforeEach, describe, expect, test } from "vitest";
import type { ReplayServer } from "../../http/testing";
import { testContext } from "../../ingest/testing";
import { getConcentrationView } from "../../queries/concentration-view";
import { getPoolsView } from "../../queries/pools-view";
import { importBundledSeed } from "../../seed/testing";
import type { Store } from "../../store/db";
import { STORE_DIALECTS, useMigratedStore } from "../../store/testing";
import { ingestSource } from "../run";
import { bitcoindSource } from "./index";

import { coinbaseTxSchema, rpcEnvelopeSchema } from "./schema";
import { type FakeBlock, fakeBitcoind, fakeChain } from "./testing";

const ingestBitcoind = (ctx: Parameters<typeof ingestSource>[0]) =>
  ingestSource(ctx, bitcoindSource);

const COOKIE = "__cookie__:0123abcd";
const fixture = (name: string) => readFileSync(`lib/sources/bitcoind/fixtures/${name}`, "utf8");
/** The recorded shape of a regtest coinbase carrying Foundry USA's tag (fixtures/README.md). */
const foundryCoinbase = coinbaseTxSchema.parse(
  rpcEnvelopeSchema.parse(
    JSON.parse(fixture("getrawtransaction-coinbase.regtest.constructed.json")),
  ).result,
);
/** One of Foundry USA's payout addresses in the registry (pools-v2.json). */
const FOUNDRY_PAYOUT = "bc1qxhmdufsvnuaaaer4ynz88fspdsxq2h9e9cetdj";
/** 2026-12-03T08:00:00Z, the fixture block's time. */
const TIP_TIME = 1796284800;

describe.each(STORE_DIALECTS)("pools of the operator's node's blocks on %s", (dialect) => {
  const current = useMigratedStore(dialect);
  let store: Store;
  let server: ReplayServer;
  let dir: string;
  let chain: FakeBlock[];
  beforeEach(async () => {
    store = current();
    await importBundledSeed(store);
    dir = mkdtempSync(join(tmpdir(), "atlas-rpc-"));
    writeFileSync(join(dir, ".cookie"), `${COOKIE}\n`);
    server = await fakeBitcoind({
      cookie: COOKIE,
      chain: "regtest",
      answers: {
        getnodeaddresses: fixture("getnodeaddresses.constructed.json"),
        getpeerinfo: fixture("getpeerinfo.constructed.json"),
      },
      blocks: () => chain,
    });
  });
  afterEach(async () => {
    await server.close();
    rmSync(dir, { recursive: true, force: true });
  });
  const context = () =>
    testContext(store.db, server.url, {
      bitcoind: { url: server.url, cookieFile: join(dir, ".cookie"), timeoutMs: 2000 },
    });

  test("a block whose coinbase carries a registry pool's tag is that pool's, counted in its month", async () => {
    // Regtest blocks 0–3; block 3's coinbase is the fixture's ("Foundry USA Pool #dropgold/").
    chain = fakeChain(3, TIP_TIME, (h) =>
      h === 3 ? { coinbase: foundryCoinbase.vin[0]?.coinbase ?? "", payouts: [] } : {},
    );
    expect(await ingestBitcoind(context())).toMatchObject({ ok: true, changed: true });

    const december = await getPoolsView(store.db, "2026-12");
    expect(december.period).toEqual({
      source: "bitcoind",
      // The node's first block: the window says which part of the month it covers.
      start: "2026-12-03T07:30:00.000Z",
      // Just after the newest block read: the month is still open.
      end: "2026-12-03T08:00:01.000Z",
    });
    expect(december.pools.map((p) => [p.slug, p.blocks])).toEqual([
      ["unknown", 3],
      ["foundryusa", 1],
    ]);
    const point = (await getConcentrationView(store.db)).series.find((p) => p.month === "2026-12");
    expect(point).toMatchObject({ source: "bitcoind", basis: "blocks", blocks: 4, nakamoto: null });
    const stored = await store.db
      .selectFrom("attributed_blocks")
      .select(["height", "pool_slug", "matched_by"])
      .where("height", "=", 3)
      .executeTakeFirst();
    expect(stored).toEqual({ height: 3, pool_slug: "foundryusa", matched_by: "tag" });

    // The next block pays Foundry's registry address without a tag: attributed by address.
    chain = fakeChain(4, TIP_TIME + 600, (h) =>
      h === 3
        ? { coinbase: foundryCoinbase.vin[0]?.coinbase ?? "" }
        : h === 4
          ? { payouts: [FOUNDRY_PAYOUT] }
          : {},
    );
    expect(await ingestBitcoind(context())).toMatchObject({ ok: true, changed: true });
    const after = await getPoolsView(store.db, "2026-12");
    expect(after.pools.map((p) => [p.slug, p.blocks])).toEqual([
      ["unknown", 3],
      ["foundryusa", 2],
    ]);
    expect(after.period?.end).toBe("2026-12-03T08:10:01.000Z");
    // One window for the month, rebuilt, never one per pass.
    const windows = await store.db
      .selectFrom("pool_shares")
      .select("period_end")
      .distinct()
      .where("source_id", "=", "bitcoind")
      .execute();
    expect(windows).toHaveLength(1);
    // Nothing new on the node: nothing new stored.
    expect(await ingestBitcoind(context())).toMatchObject({ ok: true, changed: false });
  });

  test("reads from the first block with a median time in 2026-03, then on from its tip; earlier months stay the history's", async () => {
    // Blocks from 2026-02-28T20:00Z to 2026-03-01T04:00Z, ten minutes apart.
    const tip = 48;
    chain = fakeChain(tip, Date.parse("2026-03-01T04:00:00Z") / 1000, (h) =>
      h % 2 === 0 ? { payouts: [FOUNDRY_PAYOUT] } : {},
    );
    expect(await ingestBitcoind(context())).toMatchObject({ ok: true, changed: true });
    const { series } = await getConcentrationView(store.db);
    expect(series.find((p) => p.month === "2026-02")?.source).toBe("pool-history");
    const march = series.find((p) => p.month === "2026-03");
    // Read from the first block whose median time is in March (mediantime = time − 50 min).
    expect(march).toMatchObject({
      source: "bitcoind",
      periodStart: "2026-03-01T00:50:00.000Z",
      periodEnd: "2026-03-01T04:00:01.000Z",
    });
    chain = fakeChain(tip + 30, Date.parse("2026-03-01T09:00:00Z") / 1000);
    await ingestBitcoind(context());
    const blocks = await store.db
      .selectFrom("attributed_blocks")
      .select((eb) => eb.fn.countAll().as("n"))
      .executeTakeFirst();
    // Heights 29 … 78 once each: the second pass re-read the six below its tip, stored once.
    expect(Number(blocks?.n)).toBe(50);
  });
});
