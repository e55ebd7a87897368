import { type ChildProcess, spawn } from "node:child_process";

type Log = (msg: string, extra?: Record<string, unknown>) => void;

/**
 * The scheduled worker (`atlas worker`) as a child of `npm start`: its first pass ingests every
 * source (skipping network sources when ATLAS_OFFLINE=1), later passes follow the intervals.
 * Its failures are its own: the server never waits for or depends on it.
 */
export function startWorker(log: Log): ChildProcess | null {
  let child: ChildProcess;
  try {
    child = spawn("npx", ["tsx", "lib/cli/main.ts", "worker"], {
      stdio: ["ignore", "inherit", "inherit"],
    });
  } catch (error) {
    log("worker could not start", { error: (error as Error).message });
    return null;
  }
  log("worker started", { pid: child.pid });
  child.on("error", (error) => log("worker failed to run", { error: error.message }));
  child.on("exit", (code, signal) => log("worker exited", { code, signal }));
  return child;
}
