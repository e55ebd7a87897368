import type { Insertable, Selectable } from "kysely";
import { chunks } from "./batch";
import type {
  FleetEfficiencyTable,
  MinerFiguresTable,
  NetworkHashrateMonthsTable,
} from "./estimate-inputs-schema";
import type { Db } from "./schema";

/**
 * The evidence model's inputs that are not evidence rows themselves: network hashrate per month,
 * the fleet efficiency band, listed miners' figures. One current version per source, replaced
 * whole inside the caller's transaction.
 */

type NetworkMonthRow = Selectable<NetworkHashrateMonthsTable>;
type FleetMonthRow = Selectable<FleetEfficiencyTable>;
export type MinerFigureRow = Selectable<MinerFiguresTable>;

// At most 17 columns a row: 200 rows keep a statement far below both databases' limits.
const BATCH = 200;

export async function replaceNetworkMonths(
  db: Db,
  sourceId: string,
  rows: readonly Insertable<NetworkHashrateMonthsTable>[],
): Promise<void> {
  await db.deleteFrom("network_hashrate_months").where("source_id", "=", sourceId).execute();
  for (const batch of chunks(rows, BATCH))
    await db.insertInto("network_hashrate_months").values(batch).execute();
}

export async function replaceFleetEfficiency(
  db: Db,
  sourceId: string,
  rows: readonly Insertable<FleetEfficiencyTable>[],
): Promise<void> {
  await db.deleteFrom("fleet_efficiency").where("source_id", "=", sourceId).execute();
  for (const batch of chunks(rows, BATCH))
    await db.insertInto("fleet_efficiency").values(batch).execute();
}

export async function replaceMinerFigures(
  db: Db,
  sourceId: string,
  rows: readonly Insertable<MinerFiguresTable>[],
): Promise<void> {
  await db.deleteFrom("miner_figures").where("source_id", "=", sourceId).execute();
  for (const batch of chunks(rows, BATCH))
    await db.insertInto("miner_figures").values(batch).execute();
}

export function listNetworkMonths(db: Db): Promise<NetworkMonthRow[]> {
  return db.selectFrom("network_hashrate_months").selectAll().orderBy("month").execute();
}

export function listFleetEfficiency(db: Db): Promise<FleetMonthRow[]> {
  return db.selectFrom("fleet_efficiency").selectAll().orderBy("month").execute();
}

export function listMinerFigures(db: Db, country?: string): Promise<MinerFigureRow[]> {
  let q = db.selectFrom("miner_figures").selectAll();
  if (country) q = q.where("country", "=", country);
  return q.orderBy("source_id").orderBy("line").execute();
}

/** Daily network hashrate a live source stored (mempool.space, bitcoind), every source. */
export function listNetworkDays(
  db: Db,
): Promise<{ source_id: string; day: string; avg_hashrate_ehs: number }[]> {
  return db
    .selectFrom("network_hashrate")
    .select(["source_id", "day", "avg_hashrate_ehs"])
    .orderBy("day")
    .execute();
}

/** The newest day a source stored a daily network hashrate for, or null. */
export async function lastNetworkDay(db: Db, sourceId: string): Promise<string | null> {
  const row = await db
    .selectFrom("network_hashrate")
    .select((eb) => eb.fn.max("day").as("day"))
    .where("source_id", "=", sourceId)
    .executeTakeFirst();
  return row?.day ?? null;
}
