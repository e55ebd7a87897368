import { hostname } from "node:os";
import { env } from "../env";
import type { Logger } from "../ingest/context";
import { afterIngest, deliverWebhooks } from "../monitor/after-ingest";
import { runWorkerLoop } from "../monitor/worker";
import { ingestSource, workerSchedules } from "../sources/run";
import type { Store } from "../store/db";
import { withIngestLock } from "../store/ingest-lock";
import { recordWorkerHeartbeat } from "../store/worker-status";
import { ingestContextFromEnv } from "./ingest-context";

/**
 * `atlas worker`: scheduled ingests until SIGTERM/SIGINT, then a clean exit. Every source with
 * an interval in its declaration is scheduled (lib/sources/run.ts) — our own crawl too, which
 * keeps the node map alive when Bitnodes is down or stripped of locations.
 */
export async function runWorker(store: Store, log: Logger): Promise<number> {
  const e = env();
  const planned = workerSchedules(e);
  const schedules = planned.map(({ source, everyMs }) => ({ target: source.id, everyMs }));
  const ctx = await ingestContextFromEnv(store.db, log);
  const stop = new AbortController();
  const requestStop = (reason: string) => {
    if (stop.signal.aborted) return;
    log.info("stop requested; finishing the current step", { reason });
    stop.abort();
  };
  for (const signal of ["SIGTERM", "SIGINT"] as const)
    process.once(signal, () => requestStop(signal));
  // Under `npm start` the worker is a child with an IPC channel: the channel closing means the
  // supervisor is gone (even by SIGKILL), and a worker without its supervisor must not linger.
  if (process.send) {
    process.once("disconnect", () => requestStop("supervisor gone"));
    process.channel?.unref();
  }
  const tickMs = e.ATLAS_WORKER_TICK_SECONDS * 1000;
  const beat = (passed: boolean) =>
    recordWorkerHeartbeat(store.db, { pid: process.pid, at: new Date().toISOString(), passed });
  await beat(false);
  // Beats between passes too: a pass may crawl for ten minutes, and that is not a hang.
  const heartbeat = setInterval(() => beat(false).catch(() => {}), tickMs);
  heartbeat.unref();
  await runWorkerLoop(
    {
      log,
      lock: (work) => withIngestLock(store, `${hostname()}:${process.pid}`, 2 * 3_600_000, work),
      now: () => new Date(),
      ingest: async (target) => {
        const scheduled = planned.find((p) => p.source.id === target);
        if (scheduled) await ingestSource(ctx, scheduled.source);
      },
      afterIngest: () => afterIngest(store.db, log),
      deliver: () => deliverWebhooks(store.db, log),
      onPass: () => beat(true),
    },
    schedules,
    tickMs,
    stop.signal,
  );
  clearInterval(heartbeat);
  return 0;
}
