import type { Db } from "./schema";

/**
 * Runs `work` in a transaction, or inside the caller's when `db` is one already: a dry run wraps
 * an import and its shift detection in one transaction it then rolls back, and Kysely cannot
 * open a transaction inside another.
 */
export function inTransaction<T>(db: Db, work: (trx: Db) => Promise<T>): Promise<T> {
  return db.isTransaction ? work(db) : db.transaction().execute(work);
}
