import { beforeEach, describe, expect, test } from "vitest";
import { getShareView } from "../queries/shares-view";
import { importSeed } from "../seed/import";
import { loadSeedBundle } from "../seed/load";
import type { Store } from "../store/db";
import { insertIngest } from "../store/ingests";
import { upsertShares } from "../store/shares";
import { STORE_DIALECTS, useMigratedStore } from "../store/testing";
import { createSnapshot, loadSnapshot } from "./snapshots";

describe.each(STORE_DIALECTS)("snapshots on %s", (dialect) => {
  const current = useMigratedStore(dialect);
  let store: Store;
  beforeEach(async () => {
    store = current();
    await importSeed(store.db, await loadSeedBundle("data/seed"));
  });

  /** A later ingest that revises China's June 2021 share. */
  async function reviseJune2021(share: number): Promise<void> {
    const ingest = await insertIngest(store.db, {
      sourceId: "cbeci",
      fetchedAt: new Date().toISOString(),
      upstreamUrl: "test",
      contentSha256: "cd".repeat(32),
      recordCount: 1,
    });
    await upsertShares(store.db, [
      {
        source_id: "cbeci",
        month: "2021-06",
        label: "Mainland China",
        country: "CN",
        share,
        hashrate_ehs: null,
        method: "measured",
        basis: "revised",
        caveat: null,
        ingest_id: ingest,
      },
    ]);
  }

  test("the same view over the same data gives the same id", async () => {
    const a = await createSnapshot(store.db, { m: "2021-06", gs: "unctad" });
    const b = await createSnapshot(store.db, { gs: "unctad", m: "2021-06" });
    expect(a?.created).toBe(true);
    expect(b?.created).toBe(false);
    expect(b?.snapshot.id).toBe(a?.snapshot.id);
    const other = await createSnapshot(store.db, { m: "2021-06", gs: "g77" });
    expect(other?.snapshot.id).not.toBe(a?.snapshot.id);
  });

  test("keeps its numbers after a later ingest changes the month", async () => {
    const before = await createSnapshot(store.db, { m: "2021-06" });
    if (!before) throw new Error("no snapshot");
    const frozenChina = (await loadSnapshot(store.db, before.snapshot.id))?.data.shares?.rows.find(
      (r) => r.country === "CN",
    )?.share;
    await reviseJune2021(0.5);
    const live = await getShareView(store.db, "2021-06");
    expect(live?.rows.find((r) => r.country === "CN")?.share).toBe(0.5);
    const reloaded = await loadSnapshot(store.db, before.snapshot.id);
    expect(reloaded?.data.shares?.rows.find((r) => r.country === "CN")?.share).toBe(frozenChina);
    expect(frozenChina).not.toBe(0.5);
    const after = await createSnapshot(store.db, { m: "2021-06" });
    expect(after?.snapshot.id).not.toBe(before.snapshot.id);
  });

  test("freezes the month, definition, sources and node and pool aggregates", async () => {
    const result = await createSnapshot(store.db, { m: "2022-01", gs: "unctad-ex-china" });
    const data = (await loadSnapshot(store.db, result?.snapshot.id ?? ""))?.data;
    expect(data?.view).toEqual({ m: "2022-01", gs: "unctad-ex-china", query: "" });
    expect(data?.definition.members).not.toContain("CN");
    expect(data?.version).toBe(2);
    const sep2019 = data?.globalSouth.find((p) => p.month === "2019-09");
    // Malaysia, Iran and Kazakhstan named; up to + Other and CCAF's asterisk rows.
    expect(sep2019?.low).toBeCloseTo(0.0641, 6);
    expect(sep2019?.high).toBeCloseTo(0.0641 + 0.0611 + 0.009, 6);
    expect(data?.sources.map((s) => s.id)).toContain("cbeci");
    expect(data?.nodes.snapshot).toBeNull(); // the only node snapshot is from March 2022
    // The bundled pool history's January 2022, whole, is frozen with it.
    expect(data?.pools.period).toEqual({
      start: "2022-01-01T00:00:00.000Z",
      end: "2022-02-01T00:00:00.000Z",
      source: "pool-history",
    });
    // Known sites disclosed by January 2022 are frozen with it, each with its source.
    expect(data?.sites.sites.length).toBeGreaterThan(0);
    expect(data?.sites.sites.every((s) => s.asOf !== null && s.asOf <= "2022-01")).toBe(true);
    expect(data?.sources.map((s) => s.id)).toContain("sites");
  });

  test("a reported month freezes its source, and its estimate only when the view showed it", async () => {
    const plain = await createSnapshot(store.db, { m: "2023-11", gs: "unctad" });
    const plainData = (await loadSnapshot(store.db, plain?.snapshot.id ?? ""))?.data;
    expect(plainData?.shares?.method).toBe("reported");
    expect(plainData).not.toHaveProperty("estimate");
    const switched = await createSnapshot(store.db, {
      m: "2023-11",
      gs: "unctad",
      query: "?m=2023-11&est=1&win=6",
      preferEstimate: true,
      assumptions: { efficiency: { kind: "cbeci" }, pue: [1.01, 1.2], window: 6 },
    });
    const data = (await loadSnapshot(store.db, switched?.snapshot.id ?? ""))?.data;
    expect(data?.shares?.method).toBe("reported");
    expect(data?.estimate?.assumptions.win).toBe("6");
    expect(data?.estimate?.countries.length).toBeGreaterThan(0);
    expect(data?.sources.map((s) => s.id)).toEqual(
      expect.arrayContaining(["network-hashrate", "fleet-efficiency"]),
    );
  });

  test("a month without data gives no snapshot", async () => {
    expect(await createSnapshot(store.db, { m: "2015-01" })).toBeNull();
  });
});
