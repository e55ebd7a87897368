import type { Db } from "./schema";

const ID = "worker";

type WorkerState = "running" | "restarting" | "stopped" | "unresponsive" | "none";

/** What /api/health says about the scheduled worker. */
export interface WorkerStatus {
  state: WorkerState;
  restarts: number;
  lastPassAt: string | null;
  pid: number | null;
  /** How its last run ended, when it was restarted or stopped. */
  lastExit: string | null;
}

/** The supervisor started (or restarted) the worker process. */
export async function recordWorkerStarted(
  db: Db,
  w: { pid: number | null; restarts: number; at: string },
): Promise<void> {
  const values = {
    state: "running",
    pid: w.pid,
    restarts: w.restarts,
    started_at: w.at,
    heartbeat_at: w.at,
    updated_at: w.at,
  };
  await db
    .insertInto("worker_status")
    .values({ id: ID, ...values })
    .onConflict((oc) => oc.column("id").doUpdateSet(values))
    .execute();
}

/** The worker process ended: the supervisor restarts it after a backoff, or it was stopped. */
export async function recordWorkerExit(
  db: Db,
  w: { state: "restarting" | "stopped"; restarts: number; lastExit: string; at: string },
): Promise<void> {
  const values = { state: w.state, restarts: w.restarts, last_exit: w.lastExit, updated_at: w.at };
  await db
    .insertInto("worker_status")
    .values({ id: ID, pid: null, ...values })
    .onConflict((oc) => oc.column("id").doUpdateSet({ ...values, pid: null }))
    .execute();
}

/**
 * The worker is alive (every tick) and, with `passed`, has just finished a pass. A worker run
 * without a supervisor (`atlas worker` on its own) creates the row itself.
 */
export async function recordWorkerHeartbeat(
  db: Db,
  w: { pid: number; at: string; passed: boolean },
): Promise<void> {
  const values = {
    state: "running",
    pid: w.pid,
    heartbeat_at: w.at,
    updated_at: w.at,
    ...(w.passed ? { last_pass_at: w.at } : {}),
  };
  await db
    .insertInto("worker_status")
    .values({ id: ID, restarts: 0, started_at: w.at, ...values })
    .onConflict((oc) => oc.column("id").doUpdateSet(values))
    .execute();
}

/**
 * The worker's status. A "running" worker that has not beaten for `silentAfterMs` is reported
 * "unresponsive": killed together with its supervisor, or stuck.
 */
export async function getWorkerStatus(
  db: Db,
  now: Date,
  silentAfterMs: number,
): Promise<WorkerStatus> {
  const row = await db
    .selectFrom("worker_status")
    .selectAll()
    .where("id", "=", ID)
    .executeTakeFirst();
  if (!row) return { state: "none", restarts: 0, lastPassAt: null, pid: null, lastExit: null };
  const beat = Date.parse(row.heartbeat_at ?? row.updated_at);
  const silent = row.state === "running" && now.getTime() - beat > silentAfterMs;
  return {
    state: silent ? "unresponsive" : (row.state as WorkerState),
    restarts: row.restarts,
    lastPassAt: row.last_pass_at,
    pid: row.pid,
    lastExit: row.last_exit,
  };
}
