import type { Db } from "./schema";

export interface StoredSnapshot {
  id: string;
  view: string;
  data: string;
  createdAt: string;
}

/** Inserts a snapshot unless one with this id (= this exact data) exists; returns the stored one. */
export async function saveSnapshot(
  db: Db,
  snapshot: StoredSnapshot,
): Promise<{ snapshot: StoredSnapshot; created: boolean }> {
  const result = await db
    .insertInto("snapshots")
    .values({
      id: snapshot.id,
      view: snapshot.view,
      data: snapshot.data,
      created_at: snapshot.createdAt,
    })
    .onConflict((oc) => oc.column("id").doNothing())
    .executeTakeFirst();
  const created = Number(result.numInsertedOrUpdatedRows ?? 0) > 0;
  const stored = created ? snapshot : await getSnapshot(db, snapshot.id);
  if (!stored) throw new Error(`snapshot ${snapshot.id} vanished`);
  return { snapshot: stored, created };
}

export async function getSnapshot(db: Db, id: string): Promise<StoredSnapshot | undefined> {
  const row = await db.selectFrom("snapshots").selectAll().where("id", "=", id).executeTakeFirst();
  return row && { id: row.id, view: row.view, data: row.data, createdAt: row.created_at };
}
