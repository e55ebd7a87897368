import type { ChildProcess } from "node:child_process";
import { spawnNode } from "./spawn-node";

type Log = (msg: string, extra?: Record<string, unknown>) => void;

interface BackgroundIngestOptions {
  offline: boolean;
  log: Log;
  /** The ingest is stopped after this long, so a stalled upstream cannot leave it running forever. */
  maxRunMs?: number;
  /** Injected in tests; production runs `tsx lib/cli/main.ts ingest all`. */
  spawnIngest?: () => ChildProcess;
}

const spawnAtlas = () => spawnNode("lib/cli/main.ts", ["ingest", "all"]);

/**
 * "Live by default": one ingest of every source in a child process, started next to the server
 * and never awaited. A failure or a missing network ends up in the log and /api/health, never in
 * the server: start is not delayed, and the server does not wait for or depend on the child.
 */
export function startBackgroundIngest(opts: BackgroundIngestOptions): ChildProcess | null {
  if (opts.offline) {
    opts.log("background ingest skipped (ATLAS_OFFLINE=1)");
    return null;
  }
  let child: ChildProcess;
  try {
    child = (opts.spawnIngest ?? spawnAtlas)();
  } catch (error) {
    opts.log("background ingest could not start", { error: (error as Error).message });
    return null;
  }
  opts.log("background ingest started", { pid: child.pid });
  const timer = setTimeout(
    () => {
      opts.log("background ingest took too long; stopping it", { pid: child.pid });
      child.kill("SIGTERM");
    },
    opts.maxRunMs ?? 10 * 60_000,
  );
  timer.unref();
  child.on("error", (error) =>
    opts.log("background ingest failed to run", { error: error.message }),
  );
  child.on("exit", (code, signal) => {
    clearTimeout(timer);
    opts.log("background ingest finished", { code, signal });
  });
  return child;
}
