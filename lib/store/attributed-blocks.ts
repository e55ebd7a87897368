import { monthEndExclusive, periodEndBounds } from "../core/month";
import { chunks } from "./batch";
import { insertPoolWindow } from "./pool-history";
import type { Db } from "./schema";

/** One block as the operator's node gave it, with the pool the registry's rules name. */
export interface AttributedBlock {
  height: number;
  hash: string;
  /** Header time, ISO 8601 UTC. */
  time: string;
  slug: string;
  matchedBy: "address" | "tag" | "none";
}

/** The pool registry's attribution rules as stored: tags and payout addresses per pool. */
export async function listAttributionPools(
  db: Db,
): Promise<{ slug: string; tags: string[]; addresses: string[] }[]> {
  const rows = await db.selectFrom("pools").select(["slug", "tags", "addresses"]).execute();
  return rows.map((r) => ({
    slug: r.slug,
    tags: JSON.parse(r.tags) as string[],
    addresses: JSON.parse(r.addresses) as string[],
  }));
}

/** The highest block height already attributed from `sourceId`, or null before the first. */
export async function getAttributedTip(db: Db, sourceId: string): Promise<number | null> {
  const row = await db
    .selectFrom("attributed_blocks")
    .select((eb) => eb.fn.max("height").as("tip"))
    .where("source_id", "=", sourceId)
    .executeTakeFirst();
  return row?.tip === null || row?.tip === undefined ? null : Number(row.tip);
}

/** Stores blocks by height; a height read again (a reorganised tip) takes the new block. */
export async function upsertAttributedBlocks(
  db: Db,
  sourceId: string,
  ingestId: string,
  blocks: readonly AttributedBlock[],
): Promise<void> {
  for (const batch of chunks(blocks)) {
    await db
      .insertInto("attributed_blocks")
      .values(
        batch.map((b) => ({
          source_id: sourceId,
          height: b.height,
          hash: b.hash,
          time: b.time,
          pool_slug: b.slug,
          matched_by: b.matchedBy,
          ingest_id: ingestId,
        })),
      )
      .onConflict((oc) =>
        oc.columns(["source_id", "height"]).doUpdateSet((eb) => ({
          hash: eb.ref("excluded.hash"),
          time: eb.ref("excluded.time"),
          pool_slug: eb.ref("excluded.pool_slug"),
          matched_by: eb.ref("excluded.matched_by"),
          ingest_id: eb.ref("excluded.ingest_id"),
        })),
      )
      .execute();
  }
}

/**
 * Rebuilds the month's block window of `sourceId` from its attributed blocks: one window, whole,
 * replacing the one written by an earlier pass (the month grows block by block). The window
 * starts at the month's first instant when the block before the month's first one was read too
 * (else at that first block) and ends at the month's end once a later block was read (else just
 * after its last block), so a partly read month says which part it covers.
 */
export async function rebuildMonthWindow(
  db: Db,
  sourceId: string,
  ingestId: string,
  month: string,
): Promise<number> {
  const { after, upTo } = periodEndBounds(month);
  const blocks = await db
    .selectFrom("attributed_blocks")
    .select(["height", "time", "pool_slug"])
    .where("source_id", "=", sourceId)
    .where("time", ">=", after)
    .where("time", "<", upTo)
    .orderBy("height")
    .execute();
  await db
    .deleteFrom("pool_shares")
    .where("source_id", "=", sourceId)
    .where("period_end", ">", after)
    .where("period_end", "<=", upTo)
    .execute();
  const first = blocks[0];
  const last = blocks.at(-1);
  if (!first || !last) return 0;
  const [before, later] = await Promise.all([
    hasHeight(db, sourceId, first.height - 1),
    hasHeight(db, sourceId, last.height + 1),
  ]);
  const counts = new Map<string, number>();
  for (const b of blocks) counts.set(b.pool_slug, (counts.get(b.pool_slug) ?? 0) + 1);
  await insertPoolWindow(db, sourceId, ingestId, {
    periodStart: before ? after : first.time,
    periodEnd: later
      ? monthEndExclusive(month)
      : new Date(Date.parse(last.time) + 1000).toISOString(),
    rows: [...counts].map(([slug, n]) => ({
      slug,
      blocks: n,
      share: Math.round((n / blocks.length) * 1e9) / 1e9,
    })),
  });
  return blocks.length;
}

async function hasHeight(db: Db, sourceId: string, height: number): Promise<boolean> {
  const row = await db
    .selectFrom("attributed_blocks")
    .select("height")
    .where("source_id", "=", sourceId)
    .where("height", "=", height)
    .executeTakeFirst();
  return row !== undefined;
}
