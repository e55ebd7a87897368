import type { Db } from "./schema";

const NAME = "ingest";

/**
 * Takes the single ingest lease unless someone else holds an unexpired one. Two processes racing
 * for a free lease both try to insert the same primary key; the loser's insert fails and it backs
 * off. Returns the current holder when the lease is taken.
 */
export async function acquireIngestLock(
  db: Db,
  holder: string,
  now: Date,
  leaseMs: number,
): Promise<{ acquired: true } | { acquired: false; holder: string }> {
  try {
    return await db.transaction().execute(async (trx) => {
      const row = await trx
        .selectFrom("ingest_lock")
        .selectAll()
        .where("name", "=", NAME)
        .executeTakeFirst();
      if (row && row.expires_at > now.toISOString()) return { acquired: false, holder: row.holder };
      if (row) await trx.deleteFrom("ingest_lock").where("name", "=", NAME).execute();
      const expires_at = new Date(now.getTime() + leaseMs).toISOString();
      await trx.insertInto("ingest_lock").values({ name: NAME, holder, expires_at }).execute();
      return { acquired: true } as const;
    });
  } catch {
    const row = await db
      .selectFrom("ingest_lock")
      .select("holder")
      .where("name", "=", NAME)
      .executeTakeFirst();
    return { acquired: false, holder: row?.holder ?? "unknown" };
  }
}

export async function releaseIngestLock(db: Db, holder: string): Promise<void> {
  await db
    .deleteFrom("ingest_lock")
    .where("name", "=", NAME)
    .where("holder", "=", holder)
    .execute();
}
