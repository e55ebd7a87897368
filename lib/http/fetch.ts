import { SourceError } from "./errors";
import { redactUrl, splitCredentials, urlOrigin } from "./redact";

/** How politely to fetch one upstream URL. Every field has a safe default. */
export interface FetchOptions {
  /** Source id put on every error, so logs and health say which upstream failed. */
  sourceId: string;
  /** Whole request, body included, must finish within this; a stalled upstream cannot hang us. */
  timeoutMs?: number;
  /** Bodies larger than this are refused (declared or streamed); protects memory and the DB. */
  maxBytes?: number;
  /** Extra attempts after the first, only for 429, 5xx, network errors and timeouts (never 401/403). */
  retries?: number;
  /** First backoff delay; doubled per attempt and jittered so many clients do not retry in step. */
  backoffMs?: number;
  /** A `Retry-After` longer than this is not waited for: the attempt fails instead of hanging. */
  maxRetryAfterMs?: number;
  /** Validators from the previous successful fetch; a 304 answer means "nothing new". */
  etag?: string | null;
  lastModified?: string | null;
  /** Injected in tests so retries are checked without real waiting. */
  sleep?: (ms: number) => Promise<void>;
  /** Called before each retry with the reason, for log lines. */
  onRetry?: (info: { attempt: number; delayMs: number; reason: string }) => void;
  random?: () => number;
}

/** `url` is the request's URL as it may be shown and stored: credentials masked. */
export type FetchResult =
  | { notModified: true; url: string }
  | {
      notModified: false;
      url: string;
      body: Buffer;
      etag: string | null;
      lastModified: string | null;
    };

const DEFAULTS = {
  timeoutMs: 30_000,
  maxBytes: 20 * 1024 * 1024,
  retries: 3,
  backoffMs: 1_000,
  maxRetryAfterMs: 120_000,
};

const defaultSleep = (ms: number) => new Promise<void>((r) => setTimeout(r, ms));

/**
 * GET with timeouts, jittered retry on 429/5xx honouring Retry-After, a size cap and ETag.
 * Credentials in the URL (`https://user:pass@host`) are sent as an Authorization header and
 * masked wherever the URL is quoted.
 */
export async function politeFetch(url: string, options: FetchOptions): Promise<FetchResult> {
  const o = { ...DEFAULTS, ...options };
  const sleep = o.sleep ?? defaultSleep;
  const { url: bare, authorization } = splitCredentials(url);
  const target: Target = {
    url: bare,
    shown: redactUrl(bare),
    origin: urlOrigin(bare),
    authorization,
  };
  for (let attempt = 0; ; attempt += 1) {
    try {
      return await fetchOnce(target, o);
    } catch (error) {
      if (!(error instanceof RetryableError) || attempt >= o.retries) throw unwrap(error);
      const delayMs =
        error.retryAfterMs ?? o.backoffMs * 2 ** attempt * (0.5 + (o.random ?? Math.random)());
      if (delayMs > o.maxRetryAfterMs) throw unwrap(error);
      o.onRetry?.({ attempt: attempt + 1, delayMs, reason: error.cause.message });
      await sleep(delayMs);
    }
  }
}

/** Marks a SourceError that a later attempt might not hit. */
class RetryableError extends Error {
  constructor(
    override readonly cause: SourceError,
    readonly retryAfterMs: number | null = null,
  ) {
    super(cause.message);
  }
}

function unwrap(error: unknown): unknown {
  return error instanceof RetryableError ? error.cause : error;
}

type Resolved = FetchOptions & typeof DEFAULTS;

/** The URL to request, the same URL as it may be quoted, and the credentials it carried. */
interface Target {
  url: string;
  shown: string;
  /** What error messages quote: the origin only (they reach /api/health, /sources, alerts). */
  origin: string;
  authorization: string | null;
}

async function fetchOnce(target: Target, o: Resolved): Promise<FetchResult> {
  const { shown: url } = target;
  const controller = new AbortController();
  const timer = setTimeout(() => controller.abort(), o.timeoutMs);
  try {
    const response = await send(target, o, controller.signal);
    if (response.status === 304) return { notModified: true, url };
    if (!response.ok) throw statusError(response, o.sourceId);
    const body = await readCapped(response, o.maxBytes, o.sourceId);
    return {
      notModified: false,
      url,
      body,
      etag: response.headers.get("etag"),
      lastModified: response.headers.get("last-modified"),
    };
  } catch (error) {
    if (controller.signal.aborted) {
      const e = new SourceError(
        o.sourceId,
        "timeout",
        `no complete answer from ${target.origin} within ${o.timeoutMs} ms`,
      );
      throw new RetryableError(e);
    }
    if (error instanceof SourceError || error instanceof RetryableError) throw error;
    // A connection dropped while the body streams in (reset, truncated chunking).
    const e = new SourceError(
      o.sourceId,
      "network",
      `${target.origin}: ${(error as Error).message}`,
    );
    throw new RetryableError(e);
  } finally {
    clearTimeout(timer);
  }
}

async function send(target: Target, o: Resolved, signal: AbortSignal): Promise<Response> {
  const headers: Record<string, string> = {
    "user-agent": "hashrate-atlas (+https://github.com/hashrate-atlas)",
    accept: "application/json",
  };
  if (target.authorization) headers.authorization = target.authorization;
  if (o.etag) headers["if-none-match"] = o.etag;
  if (o.lastModified) headers["if-modified-since"] = o.lastModified;
  try {
    // fetch() drops the Authorization header on a redirect to another origin.
    return await fetch(target.url, { headers, signal, redirect: "follow" });
  } catch (error) {
    if (signal.aborted) throw error;
    const cause = (error as { cause?: { code?: string; message?: string } }).cause;
    const detail = cause?.code ?? cause?.message ?? (error as Error).message;
    const e = new SourceError(o.sourceId, "network", `${target.origin}: ${detail}`);
    // No cause: fetch refused the request itself (a malformed URL); the same call fails again.
    throw cause ? new RetryableError(e) : e;
  }
}

function statusError(response: Response, sourceId: string): Error {
  const denied = response.status === 401 || response.status === 403;
  const e = new SourceError(
    sourceId,
    "http",
    `HTTP ${response.status} from ${urlOrigin(response.url)}${denied ? " (credentials refused or missing)" : ""}`,
    response.status,
  );
  // Other 4xx mean our request is wrong — 401/403 above all: asking again with the same
  // credentials would only add load upstream and look like password guessing.
  if (response.status !== 429 && response.status < 500) return e;
  return new RetryableError(e, parseRetryAfter(response.headers.get("retry-after")));
}

/** `Retry-After` as delta-seconds or an HTTP date; null when absent or unreadable. */
export function parseRetryAfter(value: string | null, now = Date.now()): number | null {
  if (value === null) return null;
  if (/^\d+$/.test(value.trim())) return Number(value.trim()) * 1000;
  const at = Date.parse(value);
  return Number.isNaN(at) ? null : Math.max(0, at - now);
}

async function readCapped(response: Response, maxBytes: number, sourceId: string): Promise<Buffer> {
  const tooBig = () =>
    new SourceError(
      sourceId,
      "size",
      `body from ${urlOrigin(response.url)} exceeds the ${maxBytes}-byte cap`,
    );
  const declared = Number(response.headers.get("content-length") ?? Number.NaN);
  if (declared > maxBytes) {
    await response.body?.cancel();
    throw tooBig();
  }
  const chunks: Uint8Array[] = [];
  let total = 0;
  if (!response.body) return Buffer.alloc(0);
  const reader = response.body.getReader();
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    total += value.byteLength;
    if (total > maxBytes) {
      await reader.cancel();
      throw tooBig();
    }
    chunks.push(value);
  }
  return Buffer.concat(chunks);
}
