import type { Logger } from "../ingest/context";
import type { LockOutcome } from "../store/ingest-lock";

/** One scheduled job: an ingest target and how often it runs. */
interface Schedule {
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
  /** Shift detection after new data (inside the lock, with the ingest). */
  afterIngest: () => Promise<void>;
  /** Webhook deliveries that are due, sent outside the lock: before the ingests (retries) and after. */
  deliver: () => Promise<void>;
  /** Called after every pass, whatever it did (the heartbeat /api/health reports). */
  onPass?: () => Promise<void>;
}

/**
 * One pass of the worker: every target whose interval has elapsed since its last run is ingested,
 * under the cluster-wide ingest lease — a worker that finds the lease taken does nothing this
 * pass — and the deliveries its alerts queued are sent once the lease is released. `lastRun` is
 * updated in place. Returns the targets this pass ingested.
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
  if (outcome.acquired) {
    await deps.deliver();
    return outcome.value;
  }
  deps.log.info("another process holds the ingest lock; skipping this pass", {
    holder: outcome.holder,
  });
  return [];
}

/**
 * Runs passes every `tickMs` until `signal` aborts. A stop request never interrupts a pass: the
 * current source's transaction commits (or rolls back) before the loop returns. The loop listens
 * to `signal` once for its whole run (one listener, removed at the end), however many ticks.
 */
export async function runWorkerLoop(
  deps: WorkerDeps,
  schedules: readonly Schedule[],
  tickMs: number,
  signal: AbortSignal,
): Promise<void> {
  const lastRun = new Map<string, number>();
  const ticker = new Ticker(signal);
  deps.log.info("worker started", {
    schedules: schedules.map((s) => `${s.target} every ${Math.round(s.everyMs / 60_000)} min`),
  });
  try {
    while (!signal.aborted) {
      try {
        await runWorkerPass(deps, schedules, lastRun);
        await deps.onPass?.();
      } catch (error) {
        // A pass failing (database briefly down…) must not end the worker; the next tick retries.
        deps.log.error("worker pass failed", {
          error: error instanceof Error ? error.message : String(error),
        });
      }
      await ticker.sleep(tickMs);
    }
  } finally {
    ticker.close();
  }
  deps.log.info("worker stopped");
}

/** Sleeps that end early on abort, through one abort listener shared by every sleep. */
class Ticker {
  private wake: (() => void) | null = null;
  private readonly onAbort = () => this.wake?.();

  constructor(private readonly signal: AbortSignal) {
    signal.addEventListener("abort", this.onAbort, { once: true });
  }

  sleep(ms: number): Promise<void> {
    return new Promise((resolve) => {
      if (this.signal.aborted) return resolve();
      const done = () => {
        clearTimeout(timer);
        this.wake = null;
        resolve();
      };
      const timer = setTimeout(done, ms);
      this.wake = done;
    });
  }

  close(): void {
    this.signal.removeEventListener("abort", this.onAbort);
    this.wake?.();
  }
}
