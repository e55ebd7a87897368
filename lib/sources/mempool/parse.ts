import type { z } from "zod";
import { SourceError } from "../../http/errors";
import { hashratePoolsResponseSchema, hashrateResponseSchema, poolsResponseSchema } from "./schema";

export const SOURCE_ID = "mempool";
const EH = 1e18;
const DAY_MS = 86_400_000;
/** The API's period names and their length; only these are requested. */
const PERIOD_DAYS = {
  "24h": 1,
  "3d": 3,
  "1w": 7,
  "1m": 30,
  "3m": 91,
  "6m": 182,
  "1y": 365,
} as const;
export type Period = keyof typeof PERIOD_DAYS;

/** mempool.space's fallback slug for a pool name: keep only [a-z0-9], lower-cased. */
export function mempoolSlug(name: string): string {
  return name.replace(/[^a-z0-9]/gi, "").toLowerCase();
}

function validate<T>(schema: z.ZodType<T>, payload: unknown, what: string): T {
  const parsed = schema.safeParse(payload);
  if (parsed.success) return parsed.data;
  const first = parsed.error.issues
    .slice(0, 3)
    .map((i) => `${i.path.map(String).join(".") || "(root)"}: ${i.message}`);
  throw new SourceError(
    SOURCE_ID,
    "parse",
    `${what} does not match the schema — ${first.join("; ")}`,
  );
}

interface PoolWindow {
  periodStart: string;
  periodEnd: string;
  rows: { slug: string; name: string; blocks: number; share: number }[];
}

/** Block counts in the period that ended when we fetched; shares are of all blocks in it. */
export function parsePoolWindow(payload: unknown, fetchedAt: Date, period: Period): PoolWindow {
  const data = validate(poolsResponseSchema, payload, `pools/${period}`);
  const counted = data.pools.reduce((a, p) => a + p.blockCount, 0);
  if (counted > data.blockCount) {
    throw new SourceError(
      SOURCE_ID,
      "parse",
      `pools list ${counted} blocks but the period has only ${data.blockCount}`,
    );
  }
  // Windows end on the hour so two fetches a few minutes apart describe the same window.
  const end = new Date(Math.floor(fetchedAt.getTime() / 3_600_000) * 3_600_000);
  return {
    periodStart: new Date(end.getTime() - PERIOD_DAYS[period] * DAY_MS).toISOString(),
    periodEnd: end.toISOString(),
    rows: data.pools.map((p) => ({
      slug: /^[a-z0-9-]+$/.test(p.slug) ? p.slug : mempoolSlug(p.name),
      name: p.name,
      blocks: p.blockCount,
      share: p.blockCount / data.blockCount,
    })),
  };
}

interface WeeklyShare {
  slug: string;
  weekStart: string;
  share: number;
  avgHashrateEhs: number;
}

/**
 * mempool.space's weekly `timestamp` is the END of the week it describes: its indexer counts the
 * blocks in [t − 7 days, t) and stores them under t (backend `mining.ts`,
 * `$generatePoolHashrateHistory`: `hashrateTimestamp: toTimestamp`). We store the week's start.
 */
const WEEK_MS = 7 * DAY_MS;

/** Weekly pool shares; names map to registry slugs (`slugOf`), else mempool's own slug rule. */
export function parseHashratePools(
  payload: unknown,
  slugOf: (name: string) => string | undefined,
): WeeklyShare[] {
  const data = validate(hashratePoolsResponseSchema, payload, "hashrate/pools");
  return data.map((r) => ({
    slug: slugOf(r.poolName) ?? mempoolSlug(r.poolName),
    weekStart: new Date(r.timestamp * 1000 - WEEK_MS).toISOString(),
    share: r.share,
    avgHashrateEhs: r.avgHashrate / EH,
  }));
}

/** Network hashrate per day in EH/s. */
export function parseNetworkHashrate(payload: unknown): { day: string; ehs: number }[] {
  const data = validate(hashrateResponseSchema, payload, "hashrate");
  return data.hashrates.map((h) => ({
    day: new Date(h.timestamp * 1000).toISOString().slice(0, 10),
    ehs: h.avgHashrate / EH,
  }));
}
