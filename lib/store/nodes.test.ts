import { describe, expect, test } from "vitest";
import { importSeed } from "../seed/import";
import { loadSeedBundle } from "../seed/load";
import { insertIngest } from "./ingests";
import { getNodeSnapshotBefore, insertNodeSnapshot } from "./nodes";
import { STORE_DIALECTS, useMigratedStore } from "./testing";

describe.each(STORE_DIALECTS)("choosing the node snapshot on %s", (dialect) => {
  const current = useMigratedStore(dialect);

  test("prefers a recent network-wide snapshot over one node's view, and falls back to it", async () => {
    const store = current();
    await importSeed(store.db, await loadSeedBundle("data/seed"));
    const ingest = await insertIngest(store.db, {
      sourceId: "bitnodes",
      fetchedAt: "2022-03-20T00:00:00.000Z",
      upstreamUrl: "test",
      contentSha256: "ef".repeat(32),
      recordCount: 3,
    });
    await store.db
      .insertInto("sources")
      .values({
        id: "bitcoind",
        name: "node",
        publisher: "me",
        url: "http://x",
        licence: "own",
        licence_url: null,
        attribution: "own",
        notes: "[]",
        kind: "live",
        stale_after_hours: 6,
        last_success_at: null,
        last_error_at: null,
        last_error: null,
        data_as_of: null,
      })
      .execute();
    const own = (takenAt: string) =>
      insertNodeSnapshot(
        store.db,
        {
          sourceId: "bitcoind",
          takenAt,
          total: 3,
          latestHeight: null,
          locationPrecision: 1,
          unlocated: { tor: 3 },
          countries: [],
          locations: [],
        },
        ingest,
      );
    await own("2022-03-20T00:00:00.000Z");
    // Bitnodes (2022-03-18) is network-wide and from the same month: it wins over the newer own view
    expect((await getNodeSnapshotBefore(store.db, "2022-04-01T00:00:00.000Z"))?.sourceId).toBe(
      "bitnodes",
    );
    await own("2023-06-10T00:00:00.000Z");
    // a year later only the own node has looked: its view is better than a stale network-wide one
    expect((await getNodeSnapshotBefore(store.db, "2023-07-01T00:00:00.000Z"))?.sourceId).toBe(
      "bitcoind",
    );
  });
});
