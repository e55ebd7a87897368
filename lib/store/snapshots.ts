import type { Db } from "./schema";

interface StoredSnapshot {
  id: string;
  view: string;
  data: string;
  createdAt: string;
  /** Hash of who created it (lib/share/snapshots.ts); null when not recorded. */
  client?: string | null;
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
      client: snapshot.client ?? null,
    })
    .onConflict((oc) => oc.column("id").doNothing())
    .executeTakeFirst();
  const created = Number(result.numInsertedOrUpdatedRows ?? 0) > 0;
  const stored = created ? snapshot : await getSnapshot(db, snapshot.id);
  if (!stored) throw new Error(`snapshot ${snapshot.id} vanished`);
  return { snapshot: stored, created };
}

/** How many snapshots exist — all, or one client's created since an instant. */
export async function countSnapshots(
  db: Db,
  where: { client?: string; since?: string },
): Promise<number> {
  let query = db.selectFrom("snapshots").select((eb) => eb.fn.countAll<string | number>().as("n"));
  if (where.client) query = query.where("client", "=", where.client);
  if (where.since) query = query.where("created_at", ">=", where.since);
  return Number((await query.executeTakeFirstOrThrow()).n);
}

export async function getSnapshot(db: Db, id: string): Promise<StoredSnapshot | undefined> {
  const row = await db.selectFrom("snapshots").selectAll().where("id", "=", id).executeTakeFirst();
  return row && { id: row.id, view: row.view, data: row.data, createdAt: row.created_at };
}
