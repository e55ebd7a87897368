import { spawn } from "node:child_process";
import { getEventListeners } from "node:events";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { beforeEach, describe, expect, test } from "vitest";
import { buildSnapshot } from "../../scripts/bench/ingest-bitnodes";
import type { Logger } from "../ingest/context";
import { openStore, type Store } from "../store/db";
import { acquireIngestLock, withIngestLock } from "../store/ingest-lock";
import { STORE_DIALECTS, useMigratedStore } from "../store/testing";
import { runWorkerLoop, runWorkerPass, type WorkerDeps } from "./worker";

const quiet: Logger = { info() {}, warn() {}, error() {}, progress() {} };

function deps(store: Store, over: Partial<WorkerDeps> = {}): WorkerDeps & { ran: string[] } {
  const ran: string[] = [];
  return {
    ran,
    log: quiet,
    lock: (work) => withIngestLock(store, `test:${Math.random()}`, 60_000, work),
    now: () => new Date("2026-01-01T00:00:00Z"),
    ingest: async (t) => {
      ran.push(t);
    },
    afterIngest: async () => {},
    deliver: async () => {},
    ...over,
  };
}

describe.each(STORE_DIALECTS)("worker on %s", (dialect) => {
  const current = useMigratedStore(dialect);
  let store: Store;
  beforeEach(() => {
    store = current();
  });

  test("runs each source when its interval has passed, and not before", async () => {
    let clock = Date.parse("2026-01-01T00:00:00Z");
    const d = deps(store, { now: () => new Date(clock) });
    const schedules = [
      { target: "mempool", everyMs: 3_600_000 },
      { target: "bitnodes", everyMs: 6 * 3_600_000 },
    ];
    const lastRun = new Map<string, number>();
    expect(await runWorkerPass(d, schedules, lastRun)).toEqual(["mempool", "bitnodes"]);
    clock += 30 * 60_000;
    expect(await runWorkerPass(d, schedules, lastRun)).toEqual([]);
    clock += 30 * 60_000;
    expect(await runWorkerPass(d, schedules, lastRun)).toEqual(["mempool"]);
  });

  test("two workers racing for one database: exactly one ingests", async () => {
    let release: () => void = () => {};
    const gate = new Promise<void>((r) => {
      release = r;
    });
    const slow = deps(store, { ingest: async () => gate });
    const other = deps(store);
    const schedules = [{ target: "mempool", everyMs: 1 }];
    const first = runWorkerPass(slow, schedules, new Map());
    await new Promise((r) => setTimeout(r, 200)); // let the first take the lease
    const second = await runWorkerPass(other, schedules, new Map());
    release();
    expect(await first).toEqual(["mempool"]);
    expect(second).toEqual([]);
    expect(other.ran).toEqual([]);
  });

  test("sends webhook deliveries only while the ingest lock is free", async () => {
    const lockFree: boolean[] = [];
    const d = deps(store, {
      deliver: async () => {
        const probe = await acquireIngestLock(store.db, "probe:1", new Date(), 60_000);
        if (probe.acquired) await store.db.deleteFrom("ingest_lock").execute();
        lockFree.push(probe.acquired);
      },
    });
    await runWorkerPass(d, [{ target: "mempool", everyMs: 1 }], new Map());
    // Once before the ingests (retries that are due) and once after, for the new alerts.
    expect(lockFree).toEqual([true, true]);
  });

  test("listens to the stop signal once per run, however many passes", async () => {
    const stop = new AbortController();
    const counts: number[] = [];
    let passes = 0;
    const d = deps(store, {
      onPass: async () => {
        counts.push(getEventListeners(stop.signal, "abort").length);
        passes += 1;
        if (passes === 20) stop.abort();
      },
    });
    await runWorkerLoop(d, [{ target: "pools", everyMs: 60_000 }], 1, stop.signal);
    expect(counts).toEqual(Array(20).fill(1));
    expect(getEventListeners(stop.signal, "abort")).toHaveLength(0);
  });

  test("a stop request lets the current ingest finish before the loop returns", async () => {
    let release: () => void = () => {};
    const gate = new Promise<void>((r) => {
      release = r;
    });
    const finished: string[] = [];
    const d = deps(store, {
      ingest: async (t) => {
        await gate;
        finished.push(t);
      },
    });
    const stop = new AbortController();
    const loop = runWorkerLoop(d, [{ target: "pools", everyMs: 60_000 }], 10, stop.signal);
    await new Promise((r) => setTimeout(r, 100));
    stop.abort();
    release();
    await loop;
    expect(finished).toEqual(["pools"]);
  });
});

describe("a worker killed in the middle of an ingest", () => {
  test("leaves no partial snapshot, and the next run takes over its lease and succeeds", async () => {
    const dir = mkdtempSync(join(tmpdir(), "atlas-kill-"));
    const db = join(dir, "atlas.db");
    const file = join(dir, "1647677763.json");
    writeFileSync(file, buildSnapshot());
    const env: NodeJS.ProcessEnv = { ...process.env, ATLAS_DB_PATH: db, ATLAS_OFFLINE: "1" };
    delete env.DATABASE_URL;
    const run = (onLine?: (line: string, kill: () => void) => void) =>
      new Promise<number | null>((resolve) => {
        // Its own process group, so SIGKILL reaches the node process doing the ingest, not
        // only the npx/tsx wrappers in front of it.
        const child = spawn(
          "npx",
          ["tsx", "lib/cli/main.ts", "ingest", "bitnodes", "--file", file],
          {
            env,
            detached: true,
          },
        );
        const kill = () => child.pid && process.kill(-child.pid, "SIGKILL");
        child.stdout.on("data", (chunk: Buffer) => {
          for (const line of chunk.toString().split("\n")) onLine?.(line, kill);
        });
        child.on("exit", (code) => resolve(code));
      });
    try {
      const killed = await run((line, kill) => {
        if (line.includes('"ingest started"')) kill();
      });
      expect(killed).toBeNull();
      const store = await openStore({ dialect: "sqlite", path: db });
      const snaps = await store.db
        .selectFrom("node_snapshots")
        .select(["id", "total"])
        .where("source_id", "=", "bitnodes")
        .execute();
      // All or nothing: the killed run's snapshot is either absent (killed inside its transaction,
      // the usual case) or complete (a loaded machine delivered the log line after the commit).
      const killedRun = "bitnodes:2022-03-19T08:16:03.000Z";
      expect(snaps.map((s) => s.id).filter((id) => id !== killedRun)).toEqual([
        "bitnodes:2022-03-18T08:16:03.000Z",
      ]);
      for (const snap of snaps.filter((s) => s.id === killedRun)) {
        const counted = await store.db
          .selectFrom("node_country_counts")
          .select((eb) => eb.fn.sum<number>("count").as("n"))
          .where("snapshot_id", "=", snap.id)
          .executeTakeFirstOrThrow();
        const row = await store.db
          .selectFrom("node_snapshots")
          .select("unlocated")
          .where("id", "=", snap.id)
          .executeTakeFirstOrThrow();
        expect(Number(counted.n) + row.unlocated).toBe(snap.total);
      }
      // SIGKILL is delivered at once but the process may take a moment to be gone.
      let lease = await acquireIngestLock(store.db, "probe:1", new Date(), 1);
      for (let i = 0; i < 50 && !lease.acquired; i += 1) {
        await new Promise((r) => setTimeout(r, 100));
        lease = await acquireIngestLock(store.db, "probe:1", new Date(), 1);
      }
      await store.db.deleteFrom("ingest_lock").execute();
      await store.close();
      expect(lease).toEqual({ acquired: true });

      expect(await run()).toBe(0);
      const after = await openStore({ dialect: "sqlite", path: db });
      const stored = await after.db
        .selectFrom("node_snapshots")
        .select(["id", "total"])
        .where("id", "=", "bitnodes:2022-03-19T08:16:03.000Z")
        .executeTakeFirst();
      await after.close();
      expect(stored?.total).toBe(25_000);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  }, 120_000);
});
