import { chunks } from "./batch";
import type { Db, PoolServersTable } from "./schema";

export type PoolServerInput = Omit<PoolServersTable, "source_id" | "ingest_id">;

/**
 * Replaces a source's pool servers with this list: a host dropped from the curated file must
 * not linger. Runs inside the caller's transaction, so readers never see a half-written list.
 */
export async function replacePoolServers(
  db: Db,
  sourceId: string,
  ingestId: string,
  servers: readonly PoolServerInput[],
): Promise<void> {
  await db.deleteFrom("pool_servers").where("source_id", "=", sourceId).execute();
  for (const batch of chunks(servers)) {
    await db
      .insertInto("pool_servers")
      .values(batch.map((s) => ({ ...s, source_id: sourceId, ingest_id: ingestId })))
      .execute();
  }
}
