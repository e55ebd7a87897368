import { lookup } from "node:dns";
import http from "node:http";
import https from "node:https";
import type { LookupFunction } from "node:net";
import { isNonPublicAddress } from "../net/non-public";
import type { Db } from "../store/schema";
import { listDueDeliveries, recordDeliveryAttempt } from "../store/webhooks";
import { SIGNATURE_HEADER, signPayload, TIMESTAMP_HEADER } from "./webhook-signature";

export interface DeliveryOptions {
  allowPrivate: boolean;
  now: () => Date;
  timeoutMs?: number;
  /** Attempts before a delivery is given up (the first try included). */
  maxAttempts?: number;
  /** First retry delay; doubles after every failure. */
  baseBackoffMs?: number;
  /** Only these deliveries (e.g. a "send test"); default every due one. */
  onlyIds?: readonly string[];
}

export interface PostResult {
  statusCode: number | null;
  error: string | null;
}

/**
 * The connection's own DNS lookup refuses non-public answers, so a hostname that passed the
 * registration check cannot later be re-pointed at an internal address (DNS rebinding).
 */
function guardedLookup(allowPrivate: boolean): LookupFunction {
  return (hostname, options, callback) => {
    lookup(hostname, { ...options, all: false }, (error, address, family) => {
      if (error) return callback(error, "", 0);
      if (!allowPrivate && typeof address === "string" && isNonPublicAddress(address)) {
        return callback(new Error(`refused: ${hostname} resolves to non-public ${address}`), "", 0);
      }
      callback(null, address as string, family);
    });
  };
}

/** One signed POST; redirects are not followed (a 3xx counts as a failure). */
export function postSigned(
  url: string,
  secret: string,
  body: string,
  opts: DeliveryOptions,
): Promise<PostResult> {
  const timestamp = Math.floor(opts.now().getTime() / 1000);
  const target = new URL(url);
  const literal = target.hostname.replace(/^\[|\]$/g, "");
  if (!opts.allowPrivate && /^[\d.]+$|:/.test(literal) && isNonPublicAddress(literal)) {
    return Promise.resolve({
      statusCode: null,
      error: `refused: ${literal} is a non-public address`,
    });
  }
  const client = target.protocol === "https:" ? https : http;
  return new Promise((resolve) => {
    const req = client.request(
      target,
      {
        method: "POST",
        lookup: guardedLookup(opts.allowPrivate),
        timeout: opts.timeoutMs ?? 10_000,
        headers: {
          "Content-Type": "application/json",
          "Content-Length": Buffer.byteLength(body),
          "User-Agent": "HashrateAtlas-Webhook/1",
          [SIGNATURE_HEADER]: signPayload(secret, timestamp, body),
          [TIMESTAMP_HEADER]: String(timestamp),
        },
      },
      (res) => {
        res.resume();
        res.on("end", () => {
          const code = res.statusCode ?? 0;
          resolve({ statusCode: code, error: code >= 200 && code < 300 ? null : `HTTP ${code}` });
        });
      },
    );
    req.on("timeout", () => req.destroy(new Error("timed out")));
    req.on("error", (error) => resolve({ statusCode: null, error: error.message }));
    req.end(body);
  });
}

/** Sends every due delivery once; failures are rescheduled with exponential backoff. */
export async function deliverDue(
  db: Db,
  opts: DeliveryOptions,
): Promise<{ delivered: number; failed: number }> {
  const maxAttempts = opts.maxAttempts ?? 6;
  const base = opts.baseBackoffMs ?? 30_000;
  let delivered = 0;
  let failed = 0;
  for (const d of await listDueDeliveries(db, opts.now().toISOString(), 50, opts.onlyIds)) {
    const result = await postSigned(d.url, d.secret, d.body, opts);
    const attempts = d.attempts + 1;
    const ok = result.error === null;
    const retryAt =
      !ok && attempts < maxAttempts
        ? new Date(opts.now().getTime() + base * 2 ** (attempts - 1)).toISOString()
        : null;
    await recordDeliveryAttempt(db, d.id, {
      ok,
      statusCode: result.statusCode,
      error: result.error,
      attempts,
      nextAttemptAt: retryAt,
      now: opts.now().toISOString(),
    });
    if (ok) delivered += 1;
    else failed += 1;
  }
  return { delivered, failed };
}
