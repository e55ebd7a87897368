import { readFileSync } from "node:fs";
import { hostname } from "node:os";
import { sql } from "kysely";
import type { Db } from "./schema";

/**
 * A lease held by a process on this host that no longer exists is stale (the process crashed or
 * was killed): it is taken over at once instead of blocking ingests until it expires.
 */
function localHolderIsDead(holder: string): boolean {
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

/** Any fixed 64-bit key shared by every Hashrate Atlas process on the database. */
const ADVISORY_KEY = 7_365_912_204_118_331n;

export type LockOutcome<T> = { acquired: true; value: T } | { acquired: false; holder: string };

/**
 * Runs `work` as the only ingest across every process sharing the store. On PostgreSQL this is a
 * session advisory lock on a pinned connection: it disappears with the session, so a crashed or
 * killed worker on any host never blocks the next one. On SQLite (one host) it is the lease row
 * above, taken over when expired or when its holder process no longer exists.
 */
export async function withIngestLock<T>(
  store: { db: Db; dialect: "sqlite" | "postgres" },
  holder: string,
  leaseMs: number,
  work: () => Promise<T>,
): Promise<LockOutcome<T>> {
  if (store.dialect === "postgres") {
    return store.db.connection().execute(async (conn) => {
      const got = await sql<{
        locked: boolean;
      }>`select pg_try_advisory_lock(${ADVISORY_KEY}) as locked`.execute(conn);
      if (!got.rows[0]?.locked) return { acquired: false, holder: await advisoryHolder(conn) };
      try {
        return { acquired: true, value: await work() };
      } finally {
        await sql`select pg_advisory_unlock(${ADVISORY_KEY})`.execute(conn);
      }
    });
  }
  const lease = await acquireIngestLock(store.db, holder, new Date(), leaseMs);
  if (!lease.acquired) return lease;
  try {
    return { acquired: true, value: await work() };
  } finally {
    await releaseIngestLock(store.db, holder);
  }
}

/** Which PostgreSQL backend holds the lock, for the log line of whoever is turned away. */
async function advisoryHolder(conn: Db): Promise<string> {
  const row = await sql<{ pid: number; addr: string | null }>`
    select l.pid, a.client_addr::text as addr from pg_locks l
    join pg_stat_activity a on a.pid = l.pid
    where l.locktype = 'advisory' and l.granted
      and ((l.classid::bigint << 32) | l.objid::bigint) = ${ADVISORY_KEY}
    limit 1`.execute(conn);
  const first = row.rows[0];
  return first
    ? `PostgreSQL backend ${first.pid}${first.addr ? ` from ${first.addr}` : ""}`
    : "another PostgreSQL session";
}
