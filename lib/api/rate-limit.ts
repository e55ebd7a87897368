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

/** Where the counters live. */
export interface LimitCounter {
  /** Adds `cost` (may be negative: a refund) to the key's window; returns the points used now. */
  add(key: string, cost: number, windowMs: number, now: number): Promise<number>;
}

const windowStartOf = (now: number, windowMs: number) => Math.floor(now / windowMs) * windowMs;

/** One process's counters: for the embedded SQLite setup, which is one instance. */
export class MemoryCounter implements LimitCounter {
  private readonly windows = new Map<string, { start: number; used: number }>();

  async add(key: string, cost: number, windowMs: number, now: number): Promise<number> {
    const start = windowStartOf(now, windowMs);
    const entry = this.windows.get(key);
    if (!entry || entry.start !== start) {
      // Bounded memory under a flood of keys: old windows are worthless anyway.
      if (this.windows.size > 50_000) this.windows.clear();
      this.windows.set(key, { start, used: cost });
      return cost;
    }
    entry.used += cost;
    return entry.used;
  }
}

/**
 * Counters in the database (table rate_limits): every instance sharing it shares each limit.
 * One upsert per call, atomic on both SQLite and PostgreSQL.
 */
export class DbCounter implements LimitCounter {
  private lastSweep = 0;

  constructor(private readonly db: Db) {}

  async add(key: string, cost: number, windowMs: number, now: number): Promise<number> {
    const start = new Date(windowStartOf(now, windowMs)).toISOString();
    const row = await this.db
      .insertInto("rate_limits")
      .values({ key, window_start: start, used: cost })
      .onConflict((oc) =>
        oc.column("key").doUpdateSet({
          used: sql<number>`case when rate_limits.window_start = ${start} then rate_limits.used + ${cost} else ${cost} end`,
          window_start: start,
        }),
      )
      .returning("used")
      .executeTakeFirstOrThrow();
    await this.sweep(now);
    return Number(row.used);
  }

  /** Drops counters of windows long over, at most once a minute per process. */
  private async sweep(now: number): Promise<void> {
    if (now - this.lastSweep < 60_000) return;
    this.lastSweep = now;
    const before = new Date(now - 86_400_000).toISOString();
    await this.db.deleteFrom("rate_limits").where("window_start", "<", before).execute();
  }
}

const counters = new WeakMap<Store, LimitCounter>();

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
export interface Reservation {
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
  const used = await counter.add(key, cost, limit.windowMs, now);
  if (used > limit.points) {
    // A refused request still costs its minimum (it was answered), never the full reservation.
    await counter.add(key, -(cost - 1), limit.windowMs, now);
    throw rateLimited(limit, now);
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
): Promise<boolean> {
  return (await counter.add(`${limit.name}:${client}`, 0, limit.windowMs, now)) >= limit.points;
}

export function rateLimited(limit: Limit, now = Date.now()): ApiError {
  const retry = Math.max(
    1,
    Math.ceil((windowStartOf(now, limit.windowMs) + limit.windowMs - now) / 1000),
  );
  return new ApiError(429, "rate_limited", `Too many ${limit.what}; retry in ${retry} s.`, {
    "Retry-After": String(retry),
  });
}
