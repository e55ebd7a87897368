import type { Kysely } from "kysely";

/**
 * `pool_hashrate_shares.week_start` held mempool.space's weekly `timestamp` as it came, but that
 * timestamp is the END of the week (mempool counts the blocks in [t − 7 days, t) and stores them
 * under t). From this version the adapter stores the real start; this moves the rows already
 * stored to it, so a week is bucketed into the month it actually covers. Rows are rewritten
 * (delete, then insert shifted) rather than updated in place, so no intermediate state can collide
 * with the primary key (source, pool, week_start).
 */
const SOURCE = "mempool";
const WEEK_MS = 7 * 86_400_000;
const BATCH = 500;

// biome-ignore lint/suspicious/noExplicitAny: migrations must not depend on the current schema type
async function shiftWeeks(db: Kysely<any>, byMs: number): Promise<void> {
  const rows = await db
    .selectFrom("pool_hashrate_shares")
    .selectAll()
    .where("source_id", "=", SOURCE)
    .execute();
  if (rows.length === 0) return;
  await db.deleteFrom("pool_hashrate_shares").where("source_id", "=", SOURCE).execute();
  const shifted = rows.map((r) => ({
    ...r,
    week_start: new Date(Date.parse(String(r.week_start)) + byMs).toISOString(),
  }));
  for (let i = 0; i < shifted.length; i += BATCH) {
    await db
      .insertInto("pool_hashrate_shares")
      .values(shifted.slice(i, i + BATCH))
      .execute();
  }
}

// biome-ignore lint/suspicious/noExplicitAny: see shiftWeeks()
export async function up(db: Kysely<any>): Promise<void> {
  await shiftWeeks(db, -WEEK_MS);
}

// biome-ignore lint/suspicious/noExplicitAny: see shiftWeeks()
export async function down(db: Kysely<any>): Promise<void> {
  await shiftWeeks(db, WEEK_MS);
}
