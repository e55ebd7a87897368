import { redactSecrets } from "../http/redact";
import type { Db } from "../store/schema";
import type { SecretKey } from "../store/secret-box";
import {
  claimDelivery,
  type DueDelivery,
  listDueDeliveries,
  recordDeliveryAttempt,
} from "../store/webhooks";
import { type PostOptions, type PostResult, postSigned } from "./post-signed";

export interface DeliveryOptions extends PostOptions {
  /** ATLAS_OFFLINE=1: nothing is sent and nothing is resolved; due deliveries stay queued. */
  offline: boolean;
  /** Opens sealed webhook secrets (ATLAS_SECRET_KEY); null when none is configured. */
  secretKey: SecretKey | null;
  /** Deliveries in flight at once, so one slow receiver does not hold the others. */
  concurrency?: number;
  /** Attempts before a delivery is given up (the first try included). */
  maxAttempts?: number;
  /** First retry delay; doubles after every failure. */
  baseBackoffMs?: number;
  /** Only these deliveries (e.g. a "send test"); default every due one. */
  onlyIds?: readonly string[];
  /** Deliveries sent to one hook in one pass (default DELIVERIES_PER_HOOK); the rest wait. */
  perHook?: number;
}

/**
 * Deliveries one hook receives per pass (a worker tick): a receiver is someone else's server,
 * and a burst of alerts must not turn this instance into a flood of POSTs at it.
 */
export const DELIVERIES_PER_HOOK = 10;

type DeliveryCounts = {
  delivered: number;
  failed: number;
  /** Due deliveries left queued because the instance is offline. */
  held: number;
};

/**
 * Sends every due delivery once, a few at a time; failures are rescheduled with exponential
 * backoff. Runs outside the ingest lock: receivers are other people's servers, and a slow one
 * must hold neither the next ingest nor the other receivers.
 */
export async function deliverDue(db: Db, opts: DeliveryOptions): Promise<DeliveryCounts> {
  const due = await listDueDeliveries(
    db,
    opts.now().toISOString(),
    opts.secretKey,
    50,
    opts.onlyIds,
    opts.perHook ?? DELIVERIES_PER_HOOK,
  );
  if (opts.offline) return { delivered: 0, failed: 0, held: due.length };
  const counts: DeliveryCounts = { delivered: 0, failed: 0, held: 0 };
  const queue = [...due];
  const sender = async () => {
    for (let d = queue.shift(); d; d = queue.shift()) {
      const outcome = await deliverOne(db, d, opts);
      if (outcome === "delivered") counts.delivered += 1;
      else if (outcome === "failed") counts.failed += 1;
    }
  };
  await Promise.all(Array.from({ length: Math.max(1, opts.concurrency ?? 4) }, sender));
  return counts;
}

async function deliverOne(
  db: Db,
  d: DueDelivery,
  opts: DeliveryOptions,
): Promise<"delivered" | "failed" | "taken"> {
  const timeoutMs = opts.timeoutMs ?? 10_000;
  const claimedUntil = new Date(opts.now().getTime() + 2 * timeoutMs).toISOString();
  if (!(await claimDelivery(db, d.id, opts.now().toISOString(), claimedUntil))) return "taken";
  const result: PostResult = d.secret.ok
    ? await postSigned(d.url, d.secret.value, d.body, opts)
    : { statusCode: null, error: `not sent: ${d.secret.error}` };
  const attempts = d.attempts + 1;
  const ok = result.error === null;
  const retryAt =
    !ok && attempts < (opts.maxAttempts ?? 6)
      ? new Date(
          opts.now().getTime() + (opts.baseBackoffMs ?? 30_000) * 2 ** (attempts - 1),
        ).toISOString()
      : null;
  await recordDeliveryAttempt(db, d.id, {
    ok,
    statusCode: result.statusCode,
    error: result.error === null ? null : redactSecrets(result.error),
    attempts,
    nextAttemptAt: retryAt,
    now: opts.now().toISOString(),
  });
  return ok ? "delivered" : "failed";
}
