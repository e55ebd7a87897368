import { cpSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { sql } from "kysely";
import { afterEach, beforeEach, describe, expect, test } from "vitest";
import { prepareStore } from "../bootstrap/prepare";
import { getDefinition } from "../geo/definitions";
import { redactUrl } from "../http/redact";
import { getGlobalSouthSeries } from "../queries/global-south-view";
import { getNodesView } from "../queries/nodes-view";
import { getMonthIndex, getShareView } from "../queries/shares-view";
import { importSeed } from "../seed/import";
import { loadSeedBundle, SeedError } from "../seed/load";
import { migrateToLatest, openStore, type Store, StoreUnavailableError } from "./db";
import type { Database } from "./schema";
import { STORE_DIALECTS, useMigratedStore } from "./testing";

const SEED_DIR = "data/seed";

async function tableCounts(store: Store): Promise<Record<string, number>> {
  const tables: (keyof Database)[] = [
    "sources",
    "ingests",
    "country_shares",
    "node_snapshots",
    "node_country_counts",
    "node_locations",
    "node_unlocated",
    "pools",
  ];
  const out: Record<string, number> = {};
  for (const t of tables) {
    const row = await sql<{
      n: string | number;
    }>`select count(*) as n from ${sql.table(t)}`.execute(store.db);
    out[t] = Number(row.rows[0]?.n);
  }
  return out;
}

describe.each(STORE_DIALECTS)("store on %s", (dialect) => {
  const current = useMigratedStore(dialect);
  let store: Store;
  beforeEach(() => {
    store = current();
  });

  test("migrating an up-to-date database applies nothing", async () => {
    expect(await migrateToLatest(store.db)).toEqual([]);
  });

  test("serves the CBECI figures exactly as published", async () => {
    await importSeed(store.db, await loadSeedBundle(SEED_DIR));
    const view = await getShareView(store.db, "2019-09");
    const china = view?.rows.find((r) => r.country === "CN");
    expect(china).toMatchObject({
      label: "Mainland China",
      share: 0.7553,
      method: "measured",
      source: "cbeci",
    });
    expect(view?.rows.reduce((a, r) => a + r.share, 0)).toBeCloseTo(1, 3);
  });

  test("keeps the unallocated bucket and the asterisked countries visible with their caveats", async () => {
    await importSeed(store.db, await loadSeedBundle(SEED_DIR));
    const view = await getShareView(store.db, "2021-07");
    const other = view?.rows.find((r) => r.label === "Other");
    expect(other?.country).toBeNull();
    expect(other?.caveat).toMatch(/unallocated/i);
    const germany = view?.rows.find((r) => r.label === "Germany *");
    expect(germany?.country).toBe("DE");
    expect(germany?.caveat).toMatch(/VPN|proxy/i);
    // coverage counts every row attributed to a country, asterisked ones included
    const named = view?.rows.filter((r) => r.country !== null).reduce((a, r) => a + r.share, 0);
    expect(view?.coverage).toBeCloseTo(named ?? Number.NaN, 9);
    expect(view?.coverage).toBeCloseTo(0.906, 9);
  });

  test("computes the Global South range from the chosen definition", async () => {
    await importSeed(store.db, await loadSeedBundle(SEED_DIR));
    const at = async (id: string, month: string) =>
      (await getGlobalSouthSeries(store.db, getDefinition(id))).find((p) => p.month === month);
    // Today's UNCTAD: China + Malaysia + Iran + Kazakhstan, up to + Other + CCAF's asterisk rows.
    expect(await at("unctad", "2019-09")).toMatchObject({
      low: expect.closeTo(0.8194, 9),
      high: expect.closeTo(0.8895, 9),
    });
    expect(await at("unctad", "2021-07")).toMatchObject({
      low: expect.closeTo(0.2299, 9),
      high: expect.closeTo(0.4215, 9),
    });
    expect(await at("unctad", "2025-06")).toMatchObject({
      low: expect.closeTo(0.2424, 9),
      high: expect.closeTo(0.4465, 4),
    });
    // MinerMetrics' group figures, stored with its month, bound it on both dialects.
    expect(await at("unctad-ex-china", "2023-11")).toMatchObject({
      low: expect.closeTo(0.117, 9),
      high: expect.closeTo(0.256, 9),
      boundedBy: ["Africa", "United States + China + Russia"],
    });
    // The older vintage keeps Kazakhstan apart: Malaysia + Iran only.
    expect((await at("unctad-legacy", "2021-07"))?.low).toBeCloseTo(0.092, 9);
    expect((await at("unctad-ex-china", "2019-09"))?.low).toBeCloseTo(0.0641, 9);
  });

  test("lists the months with data, each with its method", async () => {
    await importSeed(store.db, await loadSeedBundle(SEED_DIR));
    const index = await getMonthIndex(store.db);
    expect(index.months[0]).toBe("2019-09");
    expect(index.months).toContain("2022-01");
    expect(index.series.find((s) => s.month === "2020-04")?.method).toBe("measured");
    expect(index.months).toEqual([...index.months].sort());
  });

  test("answers node counts from the nearest snapshot at or before the month's end", async () => {
    await importSeed(store.db, await loadSeedBundle(SEED_DIR));
    const march = await getNodesView(store.db, "2022-03");
    expect(march.snapshot).toMatchObject({ total: 15083, timestamp: "2022-03-18T08:16:03.000Z" });
    // 8,188 nodes have no location in the upstream file: 8,185 Tor and 3 IPv4 without a GeoIP match
    expect(march.snapshot?.unlocated).toBe(8188);
    expect(march.snapshot?.unlocatedByNetwork).toMatchObject({ tor: 8185, ipv4: 3 });
    expect(march.countries.find((c) => c.country === "US")?.count).toBe(1866);
    const located = march.countries.reduce((a, c) => a + c.count, 0);
    expect(located + (march.snapshot?.unlocated ?? 0)).toBe(15083);
    expect((await getNodesView(store.db, "2022-02")).snapshot).toBeNull();
    expect((await getNodesView(store.db, "2022-02")).olderSnapshot).toBeNull();
    // Taken 75 days before the end of May 2022: still that month's snapshot.
    expect((await getNodesView(store.db, "2022-05")).snapshot?.total).toBe(15083);
  });

  test("names a snapshot older than 92 days instead of showing it as the month's nodes", async () => {
    await importSeed(store.db, await loadSeedBundle(SEED_DIR));
    for (const month of ["2022-06", "2023-01", "2025-07"]) {
      const view = await getNodesView(store.db, month);
      expect(view.snapshot, month).toBeNull();
      expect(view.countries, month).toEqual([]);
      expect(view.olderSnapshot, month).toEqual({
        timestamp: "2022-03-18T08:16:03.000Z",
        source: { id: "bitnodes", name: expect.stringMatching(/Bitnodes/) },
      });
    }
  });

  test("importing the same seed twice changes nothing", async () => {
    const bundle = await loadSeedBundle(SEED_DIR);
    const first = await importSeed(store.db, bundle);
    const before = await tableCounts(store);
    const sources = await store.db.selectFrom("sources").selectAll().orderBy("id").execute();
    const second = await importSeed(store.db, bundle);
    expect(first.imported.length).toBeGreaterThan(0);
    expect(second.imported).toEqual([]);
    expect(second.skipped.length).toBe(first.imported.length);
    expect(await tableCounts(store)).toEqual(before);
    expect(await store.db.selectFrom("sources").selectAll().orderBy("id").execute()).toEqual(
      sources,
    );
  });

  test("a failure part-way through the import leaves the store unchanged", async () => {
    const bundle = await loadSeedBundle(SEED_DIR);
    const pools = bundle.pools[0];
    if (!pools) throw new Error("seed has no pool registry");
    // An unknown source id is only discovered after the shares and nodes have been written.
    bundle.pools = [
      { ...pools, data: { ...pools.data, source: { ...pools.data.source, id: "not-in-catalog" } } },
    ];
    const before = await tableCounts(store);
    await expect(importSeed(store.db, bundle)).rejects.toThrow(/Unknown source "not-in-catalog"/);
    expect(await tableCounts(store)).toEqual(before);
  });
});

describe("seed files", () => {
  let dir: string;
  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), "atlas-seed-"));
    cpSync(SEED_DIR, dir, { recursive: true });
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  test("a corrupt seed file is refused with its name and nothing is written", async () => {
    writeFileSync(join(dir, "cbeci-country-shares.json"), '{"kind": "country-shares", "rows": [');
    const db = join(dir, "atlas.db");
    const error = await prepareStore({ dialect: "sqlite", path: db }, dir).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(SeedError);
    expect(String(error)).toContain("cbeci-country-shares.json");
    const store = await openStore({ dialect: "sqlite", path: db });
    const tables = await sql`select name from sqlite_master where type = 'table'`.execute(store.db);
    await store.close();
    expect(tables.rows).toEqual([]);
  });

  test("a missing seed file is refused with its name", async () => {
    rmSync(join(dir, "pool-registry.json"));
    await expect(loadSeedBundle(dir)).rejects.toThrow(/pool-registry\.json: missing/);
  });

  test("a seed file edited without regenerating the manifest is refused", async () => {
    const path = join(dir, "pool-registry.json");
    writeFileSync(path, JSON.stringify({ edited: true }));
    await expect(loadSeedBundle(dir)).rejects.toThrow(
      /pool-registry\.json: content does not match/,
    );
  });
});

describe("an unreachable PostgreSQL", () => {
  test("fails with a clear, credential-free error instead of hanging", async () => {
    const error = await openStore({
      dialect: "postgres",
      url: "postgres://atlas:secret@127.0.0.1:1/atlas",
      connectTimeoutMs: 2000,
    }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(StoreUnavailableError);
    expect(String(error)).toMatch(
      /Cannot reach the database at postgres:\/\/atlas:\*\*\*@127\.0\.0\.1:1\/atlas/,
    );
    expect(String(error)).not.toContain("secret");
  });
});

describe("redactUrl", () => {
  test("hides passwords in the user info and every query value, keeping the names", () => {
    expect(redactUrl("postgres://atlas:hunter2@db/atlas")).toBe("postgres://atlas:***@db/atlas");
    const redacted = redactUrl("postgres://atlas@db/atlas?password=hunter2&sslmode=require");
    expect(redacted).not.toContain("hunter2");
    expect(redacted).toContain("sslmode=***");
  });
});
