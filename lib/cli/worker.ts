import { hostname } from "node:os";
import { env } from "../env";
import { ingestTargets } from "../ingest/all";
import type { Logger } from "../ingest/context";
import { ingestContextFromEnv } from "../ingest/from-env";
import { afterIngest, deliverWebhooks } from "../monitor/after-ingest";
import { runWorkerLoop, type Schedule } from "../monitor/worker";
import { INGEST_TARGETS, type IngestTarget } from "../sources/registry";
import type { Store } from "../store/db";
import { withIngestLock } from "../store/ingest-lock";
import { recordWorkerHeartbeat } from "../store/worker-status";
import type { CliArgs } from "./args";
import { runCrawlCommand } from "./crawl";

/** The scheduled crawl: mainnet from the DNS seeds with the crawler's polite defaults. */
const DEFAULT_CRAWL: Extract<CliArgs, { command: "crawl" }> = {
  command: "crawl",
  peers: [],
  network: "mainnet",
  allowPrivate: false,
};

/** `atlas worker`: scheduled ingests until SIGTERM/SIGINT, then a clean exit. */
export async function runWorker(store: Store, log: Logger): Promise<number> {
  const e = env();
  const schedules: Schedule[] = [
    { target: "pools", everyMs: e.ATLAS_INTERVAL_POOLS_MIN * 60_000 },
    { target: "mempool", everyMs: e.ATLAS_INTERVAL_MEMPOOL_MIN * 60_000 },
    { target: "bitnodes", everyMs: e.ATLAS_INTERVAL_BITNODES_MIN * 60_000 },
    ...(e.ATLAS_BITCOIND_URL ? [{ target: "bitcoind", everyMs: 60 * 60_000 }] : []),
    // Our own crawl keeps the node map alive when Bitnodes is down or stripped of locations.
    ...(e.ATLAS_INTERVAL_CRAWL_MIN > 0
      ? [{ target: "crawl", everyMs: e.ATLAS_INTERVAL_CRAWL_MIN * 60_000 }]
      : []),
  ];
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
        if (target === "crawl") await runCrawlCommand(store, DEFAULT_CRAWL, log);
        else if ((INGEST_TARGETS as readonly string[]).includes(target))
          await ingestTargets(ctx, [target as IngestTarget]);
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
