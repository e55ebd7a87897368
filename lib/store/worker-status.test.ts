import { describe, expect, test } from "vitest";
import { getHealth } from "../monitor/health";
import { STORE_DIALECTS, useMigratedStore } from "./testing";
import {
  getWorkerStatus,
  recordWorkerExit,
  recordWorkerHeartbeat,
  recordWorkerStarted,
} from "./worker-status";

const at = (s: number) => new Date(Date.parse("2026-01-01T00:00:00Z") + s * 1000);
const iso = (s: number) => at(s).toISOString();

describe.each(STORE_DIALECTS)("worker status on %s", (dialect) => {
  const store = useMigratedStore(dialect);

  test("no worker ever: state none, and health stays ok", async () => {
    expect(await getWorkerStatus(store().db, at(0), 60_000)).toMatchObject({
      state: "none",
      restarts: 0,
      lastPassAt: null,
    });
    expect((await getHealth(store(), at(0))).worker?.state).toBe("none");
  });

  test("started, passing, killed and restarted, as health reports it", async () => {
    const db = store().db;
    await recordWorkerStarted(db, { pid: 101, restarts: 0, at: iso(0) });
    await recordWorkerHeartbeat(db, { pid: 101, at: iso(5), passed: true });
    expect(await getWorkerStatus(db, at(6), 60_000)).toEqual({
      state: "running",
      restarts: 0,
      lastPassAt: iso(5),
      pid: 101,
      lastExit: null,
    });
    await recordWorkerExit(db, {
      state: "restarting",
      restarts: 1,
      lastExit: "SIGKILL",
      at: iso(7),
    });
    const restarting = await getHealth(store(), at(8), 1000);
    expect(restarting.status).toBe("degraded");
    expect(restarting.worker).toMatchObject({
      state: "restarting",
      restarts: 1,
      lastExit: "SIGKILL",
    });
    await recordWorkerStarted(db, { pid: 102, restarts: 1, at: iso(9) });
    await recordWorkerHeartbeat(db, { pid: 102, at: iso(10), passed: false });
    expect(await getWorkerStatus(db, at(11), 60_000)).toMatchObject({
      state: "running",
      restarts: 1,
      pid: 102,
      // The pass before the restart is still the last one finished.
      lastPassAt: iso(5),
    });
  });

  test("a running worker that stops beating is unresponsive", async () => {
    const db = store().db;
    await recordWorkerHeartbeat(db, { pid: 7, at: iso(0), passed: true });
    expect((await getWorkerStatus(db, at(30), 60_000)).state).toBe("running");
    expect((await getWorkerStatus(db, at(61), 60_000)).state).toBe("unresponsive");
  });

  test("a stopped worker is stopped, not unresponsive", async () => {
    const db = store().db;
    await recordWorkerStarted(db, { pid: 5, restarts: 0, at: iso(0) });
    await recordWorkerExit(db, { state: "stopped", restarts: 0, lastExit: "SIGTERM", at: iso(1) });
    expect(await getWorkerStatus(db, at(3600), 60_000)).toMatchObject({
      state: "stopped",
      pid: null,
    });
  });
});
