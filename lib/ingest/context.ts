import type { LookupAddress } from "node:dns";
import type { GeoLocator } from "../geo/geoip";
import type { FetchOptions } from "../http/fetch";
import type { Db } from "../store/schema";

/** Structured log lines; the CLI prints them as JSON (or a progress bar on a TTY). */
export interface Logger {
  info(msg: string, extra?: Record<string, unknown>): void;
  warn(msg: string, extra?: Record<string, unknown>): void;
  error(msg: string, extra?: Record<string, unknown>): void;
  /** Progress of a long step (`done` of `total`). */
  progress(step: string, done: number, total: number): void;
}

/** Hostname → addresses; `node:dns/promises` lookup in production, a table in tests. */
export type Resolver = (host: string) => Promise<LookupAddress[]>;

/** Where the operator's Bitcoin Core node listens and how to authenticate (cookie or user/password). */
export interface BitcoindConfig {
  url: string;
  cookieFile?: string | undefined;
  user?: string | undefined;
  password?: string | undefined;
  timeoutMs: number;
}

/** Everything an ingest needs from outside, passed in so tests can point it at loopback. */
export interface IngestContext {
  db: Db;
  log: Logger;
  now: () => Date;
  /** ATLAS_OFFLINE=1: no outbound request of any kind (HTTP or DNS). */
  offline: boolean;
  /** Each source's upstream base URL by source id (from the setting its definition names). */
  urls: Readonly<Record<string, string>>;
  /** Timeouts, retries, size cap and (in tests) a no-wait sleep, shared by every fetch. */
  fetch: Omit<FetchOptions, "sourceId" | "etag" | "lastModified">;
  /** Bitnodes allows ~50 anonymous requests a day; we stop below that. */
  bitnodesDailyBudget: number;
  geo: GeoLocator | null;
  resolve: Resolver;
  /** The curated pool-location CSV (data/pool-locations.csv). */
  poolLocationsFile: string;
  /** The operator's own Bitcoin Core node, or null when none is configured. */
  bitcoind: BitcoindConfig | null;
}

/** A source's upstream base URL; a source whose URL was never configured is a clear error. */
export function sourceUrl(ctx: IngestContext, sourceId: string): string {
  const url = ctx.urls[sourceId];
  if (url === undefined) throw new Error(`no upstream URL configured for source "${sourceId}"`);
  return url;
}
