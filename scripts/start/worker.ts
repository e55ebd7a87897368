import type { Store } from "../../lib/store/db";
import { recordWorkerExit, recordWorkerStarted } from "../../lib/store/worker-status";
import { spawnNode } from "./spawn-node";
import { type Backoff, Supervisor } from "./supervise";

type Log = (msg: string, extra?: Record<string, unknown>) => void;

/**
 * The scheduled worker (`atlas worker`) as a supervised child of `npm start`: its first pass
 * ingests every source (skipping network sources when ATLAS_OFFLINE=1), later passes follow the
 * intervals. When it dies it is restarted with a backoff, and every start and exit is recorded
 * for /api/health. The server never waits for or depends on it.
 */
export function superviseWorker(store: Store, log: Log, backoff?: Partial<Backoff>): Supervisor {
  const now = () => new Date().toISOString();
  const supervisor = new Supervisor({
    name: "worker",
    spawn: () => spawnNode("lib/cli/main.ts", ["worker"]),
    log,
    ...(backoff ? { backoff } : {}),
    onStarted: ({ pid, restarts }) => recordWorkerStarted(store.db, { pid, restarts, at: now() }),
    onExited: ({ restarts, lastExit, restarting }) =>
      recordWorkerExit(store.db, {
        state: restarting ? "restarting" : "stopped",
        restarts,
        lastExit,
        at: now(),
      }),
  });
  supervisor.start();
  return supervisor;
}
