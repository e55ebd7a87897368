import type { Method } from "../core/schemas";
import { chunks } from "./batch";
import type { Db, NewShare } from "./schema";

/** One stored share, as the analytics functions read it. */
export interface ShareInput {
  sourceId: string;
  month: string;
  country: string | null;
  label: string;
  share: number;
  method: Method;
  caveat: string | null;
  basis: string;
}

/** Writes share rows; a row already present for (source, month, label) is replaced. */
export async function upsertShares(db: Db, rows: readonly NewShare[]): Promise<void> {
  for (const batch of chunks(rows)) {
    await db
      .insertInto("country_shares")
      .values(batch)
      .onConflict((oc) =>
        oc.columns(["source_id", "month", "label"]).doUpdateSet((eb) => ({
          country: eb.ref("excluded.country"),
          share: eb.ref("excluded.share"),
          hashrate_ehs: eb.ref("excluded.hashrate_ehs"),
          method: eb.ref("excluded.method"),
          basis: eb.ref("excluded.basis"),
          caveat: eb.ref("excluded.caveat"),
          ingest_id: eb.ref("excluded.ingest_id"),
        })),
      )
      .execute();
  }
}

const shareColumns = [
  "source_id",
  "month",
  "country",
  "label",
  "share",
  "method",
  "caveat",
  "basis",
] as const;

type ShareColumns = { [K in (typeof shareColumns)[number]]: NewShare[K] };

function toInput(row: ShareColumns): ShareInput {
  return {
    sourceId: row.source_id,
    month: row.month,
    country: row.country ?? null,
    label: row.label,
    share: row.share,
    method: row.method,
    caveat: row.caveat ?? null,
    basis: row.basis,
  };
}

export async function getSharesForMonth(db: Db, month: string): Promise<ShareInput[]> {
  const rows = await db
    .selectFrom("country_shares")
    .select(shareColumns)
    .where("month", "=", month)
    .execute();
  return rows.map(toInput);
}

/** Every stored share (a few thousand rows at most: months × countries × sources). */
export async function getAllShares(db: Db): Promise<ShareInput[]> {
  const rows = await db
    .selectFrom("country_shares")
    .select(shareColumns)
    .orderBy("month")
    .execute();
  return rows.map(toInput);
}

/** A source's figure for a group of countries in one month, as the analytics read it. */
export interface AggregateInput {
  sourceId: string;
  month: string;
  label: string;
  members: string[];
  share: number;
  caveat: string | null;
}

/**
 * Replaces everything a source says for the given months — country rows and group figures — so a
 * figure dropped from a newer version of a file goes, and one moved to another month does not
 * stay behind at the old one.
 */
export async function replaceSourceMonths(
  db: Db,
  sourceId: string,
  months: readonly string[] | "all",
): Promise<void> {
  for (const table of ["country_shares", "share_aggregates"] as const) {
    let q = db.deleteFrom(table).where("source_id", "=", sourceId);
    if (months !== "all") {
      if (months.length === 0) continue;
      q = q.where("month", "in", [...months]);
    }
    await q.execute();
  }
}

export async function insertAggregates(
  db: Db,
  ingestId: string,
  rows: readonly Omit<AggregateInput, never>[],
): Promise<void> {
  for (const batch of chunks(rows)) {
    if (batch.length === 0) continue;
    await db
      .insertInto("share_aggregates")
      .values(
        batch.map((r) => ({
          source_id: r.sourceId,
          month: r.month,
          label: r.label,
          members: r.members.join(" "),
          share: r.share,
          caveat: r.caveat,
          ingest_id: ingestId,
        })),
      )
      .execute();
  }
}

/** Every stored group figure (a handful per reported month), optionally of one month. */
export async function getAggregates(db: Db, month?: string): Promise<AggregateInput[]> {
  let q = db.selectFrom("share_aggregates").selectAll().orderBy("month").orderBy("label");
  if (month) q = q.where("month", "=", month);
  const rows = await q.execute();
  return rows.map((r) => ({
    sourceId: r.source_id,
    month: r.month,
    label: r.label,
    members: r.members.split(" ").filter((m) => m !== ""),
    share: r.share,
    caveat: r.caveat,
  }));
}
