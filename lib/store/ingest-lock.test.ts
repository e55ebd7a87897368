import pg from "pg";
import { beforeEach, describe, expect, inject, test } from "vitest";
import type { Store } from "./db";
import { acquireIngestLock, releaseIngestLock, withIngestLock } from "./ingest-lock";
import { createTestStore, STORE_DIALECTS, useMigratedStore } from "./testing";

const now = new Date("2026-11-25T12:00:00.000Z");
const later = (ms: number) => new Date(now.getTime() + ms);

describe.each(STORE_DIALECTS)("ingest lock on %s", (dialect) => {
  const current = useMigratedStore(dialect);
  let store: Store;
  beforeEach(() => {
    store = current();
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

describe.each(STORE_DIALECTS)("withIngestLock on %s", (dialect) => {
  const current = useMigratedStore(dialect);
  let store: Store;
  beforeEach(() => {
    store = current();
  });

  test("turns a second ingest away while the first runs, and lets it in afterwards", async () => {
    let release: () => void = () => {};
    const gate = new Promise<void>((r) => {
      release = r;
    });
    const first = withIngestLock(store, "vm:1", 60_000, () => gate.then(() => "first"));
    await new Promise((r) => setTimeout(r, 100));
    const second = await withIngestLock(store, "vm:2", 60_000, async () => "second");
    expect(second.acquired).toBe(false);
    release();
    expect(await first).toEqual({ acquired: true, value: "first" });
    expect(await withIngestLock(store, "vm:2", 60_000, async () => "again")).toEqual({
      acquired: true,
      value: "again",
    });
  });

  test("releases the lock when the work throws", async () => {
    await expect(
      withIngestLock(store, "vm:1", 60_000, async () => Promise.reject(new Error("boom"))),
    ).rejects.toThrow("boom");
    expect((await withIngestLock(store, "vm:2", 60_000, async () => 1)).acquired).toBe(true);
  });
});

describe("the PostgreSQL advisory lock", () => {
  test("disappears with the session of a crashed holder", async () => {
    const testStore = await createTestStore("postgres", inject("pgUrl"));
    const store = await testStore.open();
    try {
      const config = testStore.config;
      if (config.dialect !== "postgres") throw new Error("expected PostgreSQL");
      const crashed = new pg.Client({ connectionString: config.url });
      await crashed.connect();
      await crashed.query("select pg_advisory_lock(7365912204118331)");
      const blocked = await withIngestLock(store, "vm:2", 60_000, async () => 1);
      expect(blocked).toMatchObject({
        acquired: false,
        holder: expect.stringMatching(/PostgreSQL backend \d+/),
      });
      await crashed.end(); // the holder dies without unlocking
      expect(await withIngestLock(store, "vm:2", 60_000, async () => 1)).toEqual({
        acquired: true,
        value: 1,
      });
    } finally {
      await store.close();
      await testStore.destroy();
    }
  });
});
