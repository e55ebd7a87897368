import { sql } from "kysely";
import type { Store } from "../store/db";
import { isStale, listSources } from "../store/sources";
import { getWorkerStatus, type WorkerStatus } from "../store/worker-status";

interface Health {
  status: "ok" | "degraded" | "down";
  db: { ok: boolean; dialect: string | null; latencyMs: number | null; error?: string };
  sources: {
    id: string;
    kind: string;
    lastSuccessAt: string | null;
    lastErrorAt: string | null;
    lastError: string | null;
    dataAsOf: string | null;
    stale: boolean;
  }[];
  /** The scheduled worker; state "none" when no worker has run against this database. */
  worker: WorkerStatus | null;
}

/**
 * A running worker beats every tick; silence for this long means it is gone or stuck. The
 * margin covers a busy database and a tick spent in one slow write.
 */
function workerSilenceMs(tickMs: number): number {
  return 3 * tickMs + 60_000;
}

/**
 * "degraded" when a live source is stale or failing or the worker is restarting or silent;
 * "down" when the database does not answer.
 */
export async function getHealth(
  store: Store,
  now = new Date(),
  workerTickMs = 30_000,
): Promise<Health> {
  const started = performance.now();
  await sql`select 1`.execute(store.db);
  const latencyMs = Math.round((performance.now() - started) * 100) / 100;
  const sources = (await listSources(store.db)).map((s) => ({
    id: s.id,
    kind: s.kind,
    lastSuccessAt: s.last_success_at,
    lastErrorAt: s.last_error_at,
    lastError: s.last_error,
    dataAsOf: s.data_as_of,
    stale: isStale(s, now),
  }));
  const failing = sources.some(
    (s) => s.stale || (s.lastErrorAt && s.lastErrorAt > (s.lastSuccessAt ?? "")),
  );
  const worker = await getWorkerStatus(store.db, now, workerSilenceMs(workerTickMs));
  const workerDown = worker.state === "restarting" || worker.state === "unresponsive";
  return {
    status: failing || workerDown ? "degraded" : "ok",
    db: { ok: true, dialect: store.dialect, latencyMs },
    sources,
    worker,
  };
}

export function downHealth(error: string): Health {
  return {
    status: "down",
    db: { ok: false, dialect: null, latencyMs: null, error },
    sources: [],
    worker: null,
  };
}
