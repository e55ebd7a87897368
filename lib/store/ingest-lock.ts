import { readFileSync } from "node:fs";
import { hostname } from "node:os";
import type { Db } from "./schema";

/**
 * A lease held by a process on this host that no longer exists is stale (the process crashed or
 * was killed): it is taken over at once instead of blocking ingests until it expires.
 */
export function localHolderIsDead(holder: string): boolean {
  const [host, pid] = holder.split(":");
  if (host !== hostname() || !pid || !/^\d+$/.test(pid)) return false;
  try {
    process.kill(Number(pid), 0);
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === "ESRCH";
  }
  return isZombie(pid);
}

/** A killed process nobody has reaped yet (common under a minimal init) still answers kill(0). */
function isZombie(pid: string): boolean {
  try {
    return /^State:\s+Z/m.test(readFileSync(`/proc/${pid}/status`, "utf8"));
  } catch {
    return false; // no /proc (macOS…): trust kill(0)
  }
}

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
      if (row && row.expires_at > now.toISOString() && !localHolderIsDead(row.holder)) {
        return { acquired: false, holder: row.holder };
      }
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
