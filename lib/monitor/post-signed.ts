import { lookup } from "node:dns";
import http from "node:http";
import https from "node:https";
import type { LookupFunction } from "node:net";
import { isNonPublicAddress } from "../net/non-public";
import { SIGNATURE_HEADER, signPayload, TIMESTAMP_HEADER } from "./webhook-signature";

export interface PostOptions {
  /** Private/loopback targets allowed (ATLAS_ALLOW_PRIVATE_WEBHOOKS=1). */
  allowPrivate: boolean;
  now: () => Date;
  /** The whole exchange must end within this; default 10 s. */
  timeoutMs?: number;
}

export interface PostResult {
  statusCode: number | null;
  error: string | null;
}

/**
 * The connection's own DNS lookup refuses non-public answers, so a hostname that passed the
 * registration check cannot later be re-pointed at an internal address (DNS rebinding). Node asks
 * for every address (`all: true`) when it races IPv4 and IPv6; then every answer must be public.
 */
function guardedLookup(allowPrivate: boolean): LookupFunction {
  return (hostname, options, callback) => {
    lookup(hostname, { ...options, all: true }, (error, addresses) => {
      if (error) return callback(error, "", 0);
      const bad = allowPrivate ? undefined : addresses.find((a) => isNonPublicAddress(a.address));
      if (bad) {
        return callback(
          new Error(`refused: ${hostname} resolves to non-public ${bad.address}`),
          "",
          0,
        );
      }
      const first = addresses[0];
      if (!first)
        return callback(
          Object.assign(new Error(`no address for ${hostname}`), { code: "ENOTFOUND" }),
          "",
          0,
        );
      if (options.all)
        return (callback as unknown as (e: null, a: typeof addresses) => void)(null, addresses);
      callback(null, first.address, first.family);
    });
  };
}

/** Longest accepted response body from a receiver; we only need its status. */
const MAX_RESPONSE_BYTES = 64 * 1024;

/** One signed POST; redirects are not followed (a 3xx counts as a failure). */
export function postSigned(
  url: string,
  secret: string,
  body: string,
  opts: PostOptions,
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
        let size = 0;
        res.on("data", (chunk: Buffer) => {
          size += chunk.length;
          if (size > MAX_RESPONSE_BYTES) req.destroy(new Error("response too large"));
        });
        res.on("end", () => {
          clearTimeout(deadline);
          const code = res.statusCode ?? 0;
          resolve({ statusCode: code, error: code >= 200 && code < 300 ? null : `HTTP ${code}` });
        });
      },
    );
    // The socket timeout only notices silence; this bounds the whole exchange, so a receiver
    // trickling bytes cannot hold the worker.
    const deadline = setTimeout(
      () => req.destroy(new Error("timed out")),
      opts.timeoutMs ?? 10_000,
    );
    req.on("close", () => clearTimeout(deadline));
    req.on("timeout", () => req.destroy(new Error("timed out")));
    req.on("error", (error) => {
      clearTimeout(deadline);
      resolve({ statusCode: null, error: error.message });
    });
    req.end(body);
  });
}
