import { afterEach, beforeEach, describe, expect, inject, test } from "vitest";
import { migrateToLatest, type Store } from "./db";
import { acquireIngestLock, releaseIngestLock } from "./ingest-lock";
import { createTestStore, STORE_DIALECTS, type TestStore } from "./testing";

const now = new Date("2026-11-25T12:00:00.000Z");
const later = (ms: number) => new Date(now.getTime() + ms);

describe.each(STORE_DIALECTS)("ingest lock on %s", (dialect) => {
  let testStore: TestStore;
  let store: Store;
  beforeEach(async () => {
    testStore = await createTestStore(dialect, inject("pgUrl"));
    store = await testStore.open();
    await migrateToLatest(store.db);
  });
  afterEach(async () => {
    await store.close();
    await testStore.destroy();
  });

  test("only one holder at a time; released, it is free again", async () => {
    expect(await acquireIngestLock(store.db, "a", now, 60_000)).toEqual({ acquired: true });
    expect(await acquireIngestLock(store.db, "b", later(1000), 60_000)).toEqual({
      acquired: false,
      holder: "a",
    });
    await releaseIngestLock(store.db, "a");
    expect(await acquireIngestLock(store.db, "b", later(2000), 60_000)).toEqual({ acquired: true });
  });

  test("a crashed holder's lease expires", async () => {
    await acquireIngestLock(store.db, "crashed", now, 60_000);
    expect(await acquireIngestLock(store.db, "b", later(61_000), 60_000)).toEqual({
      acquired: true,
    });
  });

  test("of two processes racing for a free lease, exactly one wins", async () => {
    const results = await Promise.all([
      acquireIngestLock(store.db, "a", now, 60_000),
      acquireIngestLock(store.db, "b", now, 60_000),
    ]);
    expect(results.filter((r) => r.acquired)).toHaveLength(1);
  });
});
