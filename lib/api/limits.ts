import type { Limit } from "./rate-limit";

/**
 * Every per-client limit, in one place. Budgets are points per fixed window; the README's
 * "Limits" section repeats these numbers.
 */

/** Snapshot creation: 60 points a minute per client. */
export const SNAPSHOT_LIMIT: Limit = {
  name: "snapshots",
  points: 60,
  windowMs: 60_000,
  what: "snapshot requests",
};
/** A created snapshot stores data (20 a minute); a refused, invalid or repeated one costs a third. */
export const SNAPSHOT_COST = { created: 3, other: 1 } as const;

/** Failed admin logins: 10 per 15 minutes per client, then every admin request gets 429. */
export const ADMIN_FAILURE_LIMIT: Limit = {
  name: "admin-failures",
  points: 10,
  windowMs: 15 * 60_000,
  what: "failed admin logins",
};

/** Test sends hit someone else's server: 5 a minute per webhook. */
export const WEBHOOK_TEST_LIMIT: Limit = {
  name: "webhook-tests",
  points: 5,
  windowMs: 60_000,
  what: "test sends",
};

/** Preview images rendered (not served from the cache) per client: 30 a minute. */
export const PREVIEW_RENDER_LIMIT: Limit = {
  name: "preview-renders",
  points: 30,
  windowMs: 60_000,
  what: "preview images",
};
