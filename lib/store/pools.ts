import { periodEndBounds } from "../core/month";
import { chunks } from "./batch";
import type { Db } from "./schema";

export interface PoolInput {
  slug: string;
  name: string;
  link: string | null;
  tags: string[];
  addressCount: number;
  /** Payout addresses the registry attributes to the pool (block attribution by address). */
  addresses: readonly string[];
}

/** Registry rows are keyed by slug: upstream numeric ids change between registry versions. */
export async function upsertPools(
  db: Db,
  sourceId: string,
  ingestId: string,
  pools: readonly PoolInput[],
): Promise<void> {
  for (const batch of chunks(pools)) {
    await db
      .insertInto("pools")
      .values(
        batch.map((p) => ({
          slug: p.slug,
          name: p.name,
          link: p.link,
          tags: JSON.stringify(p.tags),
          address_count: p.addressCount,
          addresses: JSON.stringify(p.addresses),
          source_id: sourceId,
          ingest_id: ingestId,
        })),
      )
      .onConflict((oc) =>
        oc.column("slug").doUpdateSet((eb) => ({
          name: eb.ref("excluded.name"),
          link: eb.ref("excluded.link"),
          tags: eb.ref("excluded.tags"),
          address_count: eb.ref("excluded.address_count"),
          addresses: eb.ref("excluded.addresses"),
          source_id: eb.ref("excluded.source_id"),
          ingest_id: eb.ref("excluded.ingest_id"),
        })),
      )
      .execute();
  }
}

export async function listPools(
  db: Db,
): Promise<{ slug: string; name: string; link: string | null }[]> {
  return db.selectFrom("pools").select(["slug", "name", "link"]).orderBy("name").execute();
}

interface PoolShareRow {
  slug: string;
  name: string;
  blocks: number;
  share: number;
  sourceId: string;
  periodStart: string;
  periodEnd: string;
}

/** A stored block-count window: its source and half-open period [periodStart, periodEnd). */
interface PoolWindowKey {
  sourceId: string;
  periodStart: string;
  periodEnd: string;
}

/** Every pool's share in one block window, largest first; unnamed pools keep their slug. */
export async function getWindowShares(db: Db, w: PoolWindowKey): Promise<PoolShareRow[]> {
  const rows = await db
    .selectFrom("pool_shares")
    .leftJoin("pools", "pools.slug", "pool_shares.pool_slug")
    .select([
      "pool_shares.pool_slug as slug",
      "pools.name as name",
      "pool_shares.blocks as blocks",
      "pool_shares.share as share",
      "pool_shares.source_id as sourceId",
      "pool_shares.period_start as periodStart",
      "pool_shares.period_end as periodEnd",
    ])
    .where("pool_shares.source_id", "=", w.sourceId)
    .where("pool_shares.period_start", "=", w.periodStart)
    .where("pool_shares.period_end", "=", w.periodEnd)
    .orderBy("pool_shares.share", "desc")
    .orderBy("pool_shares.pool_slug")
    .execute();
  return rows.map((r) => ({ ...r, name: r.name ?? r.slug }));
}

/**
 * Pool shares of the month's block window: of the windows that belong to the month (by
 * `periodMonth`, here as its SQL inverse `periodEndBounds`), the newest — latest end, then latest
 * start, then source id — as `newestWindowByMonth` picks it. One consistent window (e.g. one week
 * of blocks), never a mix of windows.
 */
export async function getPoolSharesForMonth(db: Db, month: string): Promise<PoolShareRow[]> {
  const { after, upTo } = periodEndBounds(month);
  const latest = await db
    .selectFrom("pool_shares")
    .select(["source_id", "period_start", "period_end"])
    .where("period_end", ">", after)
    .where("period_end", "<=", upTo)
    .orderBy("period_end", "desc")
    .orderBy("period_start", "desc")
    .orderBy("source_id")
    .executeTakeFirst();
  if (!latest) return [];
  return getWindowShares(db, {
    sourceId: latest.source_id,
    periodStart: latest.period_start,
    periodEnd: latest.period_end,
  });
}

/** Every stored block window (not its rows), oldest end first. */
export async function listPoolWindowKeys(db: Db): Promise<PoolWindowKey[]> {
  const rows = await db
    .selectFrom("pool_shares")
    .select(["source_id", "period_start", "period_end"])
    .distinct()
    .orderBy("period_end")
    .orderBy("period_start")
    .orderBy("source_id")
    .execute();
  return rows.map((r) => ({
    sourceId: r.source_id,
    periodStart: r.period_start,
    periodEnd: r.period_end,
  }));
}

interface PoolServerRow {
  pool: string;
  name: string;
  host: string;
  lat: number;
  lon: number;
  country: string | null;
  locatedBy: string;
  claimedRegion: string | null;
  resolvedAt: string;
}

/** Pool servers that have a location (unresolved hosts are counted by the ingest, not drawn). */
export async function listLocatedPoolServers(db: Db): Promise<PoolServerRow[]> {
  const rows = await db
    .selectFrom("pool_servers")
    .leftJoin("pools", "pools.slug", "pool_servers.pool_slug")
    .select([
      "pool_servers.pool_slug as pool",
      "pools.name as name",
      "pool_servers.host as host",
      "pool_servers.lat as lat",
      "pool_servers.lon as lon",
      "pool_servers.country as country",
      "pool_servers.located_by as locatedBy",
      "pool_servers.claimed_region as claimedRegion",
      "pool_servers.resolved_at as resolvedAt",
    ])
    .where("pool_servers.lat", "is not", null)
    .where("pool_servers.lon", "is not", null)
    .orderBy("pool_servers.pool_slug")
    .orderBy("pool_servers.host")
    .execute();
  return rows.map((r) => ({ ...r, name: r.name ?? r.pool, lat: r.lat ?? 0, lon: r.lon ?? 0 }));
}

/** The newest `limit` block windows with their pool shares, oldest first. */
export async function listPoolWindows(
  db: Db,
  limit = 60,
): Promise<
  {
    sourceId: string;
    periodStart: string;
    periodEnd: string;
    pools: { slug: string; name: string; share: number; blocks: number }[];
  }[]
> {
  const windows = await db
    .selectFrom("pool_shares")
    .select(["source_id", "period_start", "period_end"])
    .distinct()
    .orderBy("period_end", "desc")
    .orderBy("period_start", "desc")
    .orderBy("source_id")
    .limit(limit)
    .execute();
  const out = [];
  for (const w of windows.reverse()) {
    const rows = await getWindowShares(db, {
      sourceId: w.source_id,
      periodStart: w.period_start,
      periodEnd: w.period_end,
    });
    out.push({
      sourceId: w.source_id,
      periodStart: w.period_start,
      periodEnd: w.period_end,
      pools: rows.map(({ slug, name, share, blocks }) => ({ slug, name, share, blocks })),
    });
  }
  return out;
}

/** Per source: how many pool endpoints it lists, and how many of them have a location. */
export async function countPoolEndpoints(
  db: Db,
): Promise<Map<string, { listed: number; located: number }>> {
  const rows = await db
    .selectFrom("pool_servers")
    .select("source_id")
    .select((eb) => [
      eb.fn.countAll<string | number>().as("listed"),
      eb.fn.count<string | number>("lat").as("located"),
    ])
    .groupBy("source_id")
    .execute();
  return new Map(
    rows.map((r) => [r.source_id, { listed: Number(r.listed), located: Number(r.located) }]),
  );
}
