import { createHmac, timingSafeEqual } from "node:crypto";

/**
 * Webhook signatures: `X-Atlas-Signature: sha256=<hex HMAC-SHA256(secret, timestamp + "." + body)>`
 * with `X-Atlas-Timestamp: <unix seconds>`. Signing the timestamp with the body lets receivers
 * reject replays of an old delivery.
 */
export const SIGNATURE_HEADER = "X-Atlas-Signature";
export const TIMESTAMP_HEADER = "X-Atlas-Timestamp";

export function signPayload(secret: string, timestamp: number, body: string): string {
  return `sha256=${createHmac("sha256", secret).update(`${timestamp}.${body}`).digest("hex")}`;
}

/** Receiver-side check, also used by our tests: right signature and not older than `toleranceSeconds`. */
export function verifySignature(opts: {
  secret: string;
  signature: string | null;
  timestamp: string | null;
  body: string;
  nowSeconds: number;
  toleranceSeconds?: number;
}): boolean {
  const ts = Number(opts.timestamp);
  if (!opts.signature || !Number.isInteger(ts)) return false;
  if (Math.abs(opts.nowSeconds - ts) > (opts.toleranceSeconds ?? 300)) return false;
  const expected = Buffer.from(signPayload(opts.secret, ts, opts.body));
  const given = Buffer.from(opts.signature);
  return expected.length === given.length && timingSafeEqual(expected, given);
}
