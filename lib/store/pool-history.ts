import { chunks } from "./batch";
import type { Db } from "./schema";

export interface PoolWindowInput {
  periodStart: string;
  periodEnd: string;
  rows: readonly { slug: string; blocks: number; share: number }[];
}

/** One block-count window; a window already stored (same source, pool, start, end) is kept. */
export async function insertPoolWindow(
  db: Db,
  sourceId: string,
  ingestId: string,
  window: PoolWindowInput,
): Promise<void> {
  for (const batch of chunks(window.rows)) {
    await db
      .insertInto("pool_shares")
      .values(
        batch.map((r) => ({
          source_id: sourceId,
          pool_slug: r.slug,
          period_start: window.periodStart,
          period_end: window.periodEnd,
          blocks: r.blocks,
          share: r.share,
          ingest_id: ingestId,
        })),
      )
      .onConflict((oc) => oc.doNothing())
      .execute();
  }
}

export async function upsertWeeklyShares(
  db: Db,
  sourceId: string,
  ingestId: string,
  rows: readonly { slug: string; weekStart: string; share: number; avgHashrateEhs: number }[],
): Promise<void> {
  for (const batch of chunks(rows)) {
    await db
      .insertInto("pool_hashrate_shares")
      .values(
        batch.map((r) => ({
          source_id: sourceId,
          pool_slug: r.slug,
          week_start: r.weekStart,
          share: r.share,
          avg_hashrate_ehs: r.avgHashrateEhs,
          ingest_id: ingestId,
        })),
      )
      .onConflict((oc) =>
        oc.columns(["source_id", "pool_slug", "week_start"]).doUpdateSet((eb) => ({
          share: eb.ref("excluded.share"),
          avg_hashrate_ehs: eb.ref("excluded.avg_hashrate_ehs"),
          ingest_id: eb.ref("excluded.ingest_id"),
        })),
      )
      .execute();
  }
}

export async function upsertNetworkHashrate(
  db: Db,
  sourceId: string,
  ingestId: string,
  rows: readonly { day: string; ehs: number }[],
): Promise<void> {
  for (const batch of chunks(rows)) {
    await db
      .insertInto("network_hashrate")
      .values(
        batch.map((r) => ({
          source_id: sourceId,
          day: r.day,
          avg_hashrate_ehs: r.ehs,
          ingest_id: ingestId,
        })),
      )
      .onConflict((oc) =>
        oc.columns(["source_id", "day"]).doUpdateSet((eb) => ({
          avg_hashrate_ehs: eb.ref("excluded.avg_hashrate_ehs"),
          ingest_id: eb.ref("excluded.ingest_id"),
        })),
      )
      .execute();
  }
}

export interface PoolShareObservation {
  slug: string;
  share: number;
}

/** One pool's share of hashrate in one week, as stored. */
export interface WeeklyShareRow {
  sourceId: string;
  slug: string;
  /** Start of the week; the week is [weekStart, weekStart + 7 days). */
  weekStart: string;
  share: number;
}

/** Every stored week of pool hashrate shares. */
export async function listWeeklyShares(db: Db): Promise<WeeklyShareRow[]> {
  const rows = await db
    .selectFrom("pool_hashrate_shares")
    .select(["source_id", "pool_slug", "week_start", "share"])
    .orderBy("week_start")
    .orderBy("source_id")
    .orderBy("pool_slug")
    .execute();
  return rows.map((r) => ({
    sourceId: r.source_id,
    slug: r.pool_slug,
    weekStart: r.week_start,
    share: r.share,
  }));
}
