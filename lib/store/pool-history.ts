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

/**
 * Each month's pool shares: the newest block-count window ending in the month, or else the mean
 * of the weekly hashrate shares of weeks starting in it. One kind of evidence per month, never mixed.
 */
export async function getMonthlyPoolShares(db: Db): Promise<Map<string, PoolShareObservation[]>> {
  const windows = await db
    .selectFrom("pool_shares")
    .select(["pool_slug", "share", "period_start", "period_end", "source_id"])
    .orderBy("period_end")
    .execute();
  const out = new Map<string, PoolShareObservation[]>();
  const latestEnd = new Map<string, string>();
  for (const w of windows)
    latestEnd.set(w.period_end.slice(0, 7), `${w.period_end}|${w.period_start}|${w.source_id}`);
  for (const w of windows) {
    const month = w.period_end.slice(0, 7);
    if (latestEnd.get(month) !== `${w.period_end}|${w.period_start}|${w.source_id}`) continue;
    const list = out.get(month) ?? [];
    list.push({ slug: w.pool_slug, share: w.share });
    out.set(month, list);
  }
  const weekly = await db
    .selectFrom("pool_hashrate_shares")
    .select(["pool_slug", "week_start", "share"])
    .execute();
  const byMonth = new Map<string, { weeks: Set<string>; sums: Map<string, number> }>();
  for (const r of weekly) {
    const month = r.week_start.slice(0, 7);
    if (out.has(month)) continue; // a block-count window already speaks for this month
    const m = byMonth.get(month) ?? { weeks: new Set(), sums: new Map() };
    m.weeks.add(r.week_start);
    m.sums.set(r.pool_slug, (m.sums.get(r.pool_slug) ?? 0) + r.share);
    byMonth.set(month, m);
  }
  for (const [month, m] of byMonth) {
    out.set(
      month,
      [...m.sums].map(([slug, sum]) => ({ slug, share: sum / m.weeks.size })),
    );
  }
  return out;
}

/** Mean network hashrate (EH/s) per month. */
export async function getMonthlyNetworkHashrate(db: Db): Promise<Map<string, number>> {
  const rows = await db
    .selectFrom("network_hashrate")
    .select(["day", "avg_hashrate_ehs"])
    .execute();
  const acc = new Map<string, { sum: number; n: number }>();
  for (const r of rows) {
    const a = acc.get(r.day.slice(0, 7)) ?? { sum: 0, n: 0 };
    a.sum += r.avg_hashrate_ehs;
    a.n += 1;
    acc.set(r.day.slice(0, 7), a);
  }
  return new Map([...acc].map(([m, a]) => [m, a.sum / a.n]));
}
