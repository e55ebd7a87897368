import { sql } from "kysely";
import type { Store } from "../store/db";
import type { Db } from "../store/schema";
import { ApiError } from "./errors";

/** A budget of points per client per fixed window; each kind of request costs some points. */
export interface Limit {
  /** Part of the key ("snapshots"). */
  name: string;
  points: number;
  windowMs: number;
  /** The 429 message's subject: "Too many <what>". */
  what: string;
}

/** A key's window after an `add`: points used in it and when it ends (ms since the epoch). */
interface WindowState {
  used: number;
  resetAt: number;
}

/**
 * Where the counters live. A window opens at a key's first request and lasts `windowMs`; the
 * first request after it ends opens the next (so a burst is never split across two windows).
 */
export interface LimitCounter {
  /** Adds `cost` (may be negative: a refund) to the key's current window. */
  add(key: string, cost: number, windowMs: number, now: number): Promise<WindowState>;
}

/**
 * One process's counters: for the embedded SQLite setup, which is one instance. Memory stays
 * bounded under a flood of keys by evicting per key, never all at once: each limit (the key's
 * prefix before ":") has its own table, so a flood of preview keys cannot touch admin
 * lock-outs; a full table drops its windows that are over, then its least recently opened one.
 */
export class MemoryCounter implements LimitCounter {
  private readonly tables = new Map<string, Map<string, { start: number; used: number }>>();

  constructor(
    /** Keys one limit may hold before eviction starts. */
    private readonly maxKeysPerLimit = 50_000,
  ) {}

  async add(key: string, cost: number, windowMs: number, now: number): Promise<WindowState> {
    const name = key.slice(0, Math.max(0, key.indexOf(":")));
    let windows = this.tables.get(name);
    if (!windows) {
      windows = new Map();
      this.tables.set(name, windows);
    }
    const entry = windows.get(key);
    if (!entry || entry.start + windowMs <= now) {
      windows.delete(key); // re-inserted below: Map order is the order windows opened
      if (windows.size >= this.maxKeysPerLimit) evict(windows, windowMs, now);
      windows.set(key, { start: now, used: cost });
      return { used: cost, resetAt: now + windowMs };
    }
    entry.used += cost;
    return { used: entry.used, resetAt: entry.start + windowMs };
  }

  /** Keys held for one limit (tests). */
  size(name: string): number {
    return this.tables.get(name)?.size ?? 0;
  }
}

/** Drops windows that are over; if none are, the one opened longest ago. */
function evict(
  windows: Map<string, { start: number; used: number }>,
  windowMs: number,
  now: number,
): void {
  const before = windows.size;
  for (const [key, w] of windows) if (w.start + windowMs <= now) windows.delete(key);
  if (windows.size < before) return;
  const oldest = windows.keys().next();
  if (!oldest.done) windows.delete(oldest.value);
}

/**
 * Counters in the database (table rate_limits): every instance sharing it shares each limit.
 * One upsert per call, atomic on both SQLite and PostgreSQL (the SET expressions read the row
 * as it was before the update).
 */
export class DbCounter implements LimitCounter {
  private lastSweep = 0;

  constructor(private readonly db: Db) {}

  async add(key: string, cost: number, windowMs: number, now: number): Promise<WindowState> {
    const at = new Date(now).toISOString();
    const openAfter = new Date(now - windowMs).toISOString();
    const open = sql<boolean>`rate_limits.window_start > ${openAfter}`;
    const row = await this.db
      .insertInto("rate_limits")
      .values({ key, window_start: at, used: cost })
      .onConflict((oc) =>
        oc.column("key").doUpdateSet({
          used: sql<number>`case when ${open} then rate_limits.used + ${cost} else ${cost} end`,
          window_start: sql<string>`case when ${open} then rate_limits.window_start else ${at} end`,
        }),
      )
      .returning(["used", "window_start"])
      .executeTakeFirstOrThrow();
    await this.sweep(now);
    return { used: Number(row.used), resetAt: Date.parse(row.window_start) + windowMs };
  }

  /** Drops counters of windows long over, at most once a minute per process. */
  private async sweep(now: number): Promise<void> {
    if (now - this.lastSweep < 60_000) return;
    this.lastSweep = now;
    const before = new Date(now - 86_400_000).toISOString();
    await this.db.deleteFrom("rate_limits").where("window_start", "<", before).execute();
  }
}

// On globalThis: the production server holds two copies of this module (Next's bundle and the
// fast path), and an in-memory limit must be one limit for both.
const holder = globalThis as unknown as { __atlasLimitCounters?: WeakMap<Store, LimitCounter> };
holder.__atlasLimitCounters ??= new WeakMap();
const counters = holder.__atlasLimitCounters;

/** PostgreSQL: shared counters in the database. SQLite (one instance): in memory. */
export function counterFor(store: Store): LimitCounter {
  let counter = counters.get(store);
  if (!counter) {
    counter = store.dialect === "postgres" ? new DbCounter(store.db) : new MemoryCounter();
    counters.set(store, counter);
  }
  return counter;
}

/** What a request reserved; `settle` charges what it really cost. */
interface Reservation {
  settle(cost: number): Promise<void>;
}

/**
 * Reserves `cost` points of `limit` for `client`, or throws 429 with Retry-After when the
 * window's budget is spent. Reserving the most a request can cost before doing its work means
 * concurrent requests cannot overshoot the budget; `settle` refunds what it did not use.
 */
export async function reserve(
  counter: LimitCounter,
  limit: Limit,
  client: string,
  cost: number,
  now = Date.now(),
): Promise<Reservation> {
  const key = `${limit.name}:${client}`;
  const state = await counter.add(key, cost, limit.windowMs, now);
  if (state.used > limit.points) {
    // A refused request still costs its minimum (it was answered), never the full reservation.
    await counter.add(key, -(cost - 1), limit.windowMs, now);
    throw rateLimited(limit, state.resetAt - now);
  }
  return {
    settle: async (actual) => {
      if (actual !== cost) await counter.add(key, actual - cost, limit.windowMs, now);
    },
  };
}

/** Whether `client` has spent `limit` already (a failed-login check that costs nothing). */
export async function isSpent(
  counter: LimitCounter,
  limit: Limit,
  client: string,
  now = Date.now(),
): Promise<WindowState | null> {
  const state = await counter.add(`${limit.name}:${client}`, 0, limit.windowMs, now);
  return state.used >= limit.points ? state : null;
}

/** 429 with Retry-After: `waitMs` until the window ends. */
export function rateLimited(limit: Limit, waitMs: number): ApiError {
  const retry = Math.max(1, Math.ceil(waitMs / 1000));
  return new ApiError(429, "rate_limited", `Too many ${limit.what}; retry in ${retry} s.`, {
    "Retry-After": String(retry),
  });
}
