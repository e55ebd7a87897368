import type { Logger } from "../ingest/context";
import type { LockOutcome } from "../store/ingest-lock";

/** One scheduled job: an ingest target and how often it runs. */
export interface Schedule {
  target: string;
  everyMs: number;
}

export interface WorkerDeps {
  log: Logger;
  /** Runs its argument as the only ingest across all processes (lib/store/ingest-lock.ts). */
  lock: <T>(work: () => Promise<T>) => Promise<LockOutcome<T>>;
  now: () => Date;
  /** Runs one target's ingest (each source writes in its own transaction). */
  ingest: (target: string) => Promise<void>;
  /** Shift detection and webhook deliveries after new data. */
  afterIngest: () => Promise<void>;
  /** Retries of webhook deliveries that are due, between ingests. */
  deliver: () => Promise<void>;
}

/**
 * One pass of the worker: every target whose interval has elapsed since its last run is ingested,
 * under the cluster-wide ingest lease — a worker that finds the lease taken does nothing this
 * pass. `lastRun` is updated in place. Returns the targets this pass ingested.
 */
export async function runWorkerPass(
  deps: WorkerDeps,
  schedules: readonly Schedule[],
  lastRun: Map<string, number>,
): Promise<string[]> {
  await deps.deliver();
  const now = deps.now().getTime();
  const due = schedules.filter(
    (s) => now - (lastRun.get(s.target) ?? Number.NEGATIVE_INFINITY) >= s.everyMs,
  );
  if (due.length === 0) return [];
  const outcome = await deps.lock(async () => {
    for (const s of due) {
      await deps.ingest(s.target);
      lastRun.set(s.target, deps.now().getTime());
    }
    await deps.afterIngest();
    return due.map((s) => s.target);
  });
  if (outcome.acquired) return outcome.value;
  deps.log.info("another process holds the ingest lock; skipping this pass", {
    holder: outcome.holder,
  });
  return [];
}

/**
 * Runs passes every `tickMs` until `signal` aborts. A stop request never interrupts a pass: the
 * current source's transaction commits (or rolls back) before the loop returns.
 */
export async function runWorkerLoop(
  deps: WorkerDeps,
  schedules: readonly Schedule[],
  tickMs: number,
  signal: AbortSignal,
): Promise<void> {
  const lastRun = new Map<string, number>();
  deps.log.info("worker started", {
    schedules: schedules.map((s) => `${s.target} every ${Math.round(s.everyMs / 60_000)} min`),
  });
  while (!signal.aborted) {
    try {
      await runWorkerPass(deps, schedules, lastRun);
    } catch (error) {
      // A pass failing (database briefly down…) must not end the worker; the next tick retries.
      deps.log.error("worker pass failed", {
        error: error instanceof Error ? error.message : String(error),
      });
    }
    await sleep(tickMs, signal);
  }
  deps.log.info("worker stopped");
}

function sleep(ms: number, signal: AbortSignal): Promise<void> {
  return new Promise((resolve) => {
    if (signal.aborted) return resolve();
    const timer = setTimeout(resolve, ms);
    signal.addEventListener(
      "abort",
      () => {
        clearTimeout(timer);
        resolve();
      },
      { once: true },
    );
  });
}
