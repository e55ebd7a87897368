import type { Db } from "./schema";

/** Counts a source's outbound requests since `sinceIso` (for daily request budgets). */
export async function countRequestsSince(
  db: Db,
  sourceId: string,
  sinceIso: string,
): Promise<number> {
  const row = await db
    .selectFrom("source_requests")
    .select((eb) => eb.fn.countAll<string | number>().as("n"))
    .where("source_id", "=", sourceId)
    .where("requested_at", ">=", sinceIso)
    .executeTakeFirstOrThrow();
  return Number(row.n);
}

export async function recordRequest(
  db: Db,
  sourceId: string,
  url: string,
  at: string,
): Promise<void> {
  await db
    .insertInto("source_requests")
    .values({ source_id: sourceId, url, requested_at: at })
    .execute();
}

export interface Validators {
  etag: string | null;
  lastModified: string | null;
}

export async function getValidators(db: Db, url: string): Promise<Validators | null> {
  const row = await db
    .selectFrom("source_validators")
    .select(["etag", "last_modified"])
    .where("url", "=", url)
    .executeTakeFirst();
  return row ? { etag: row.etag, lastModified: row.last_modified } : null;
}

/** Remembers the validators of a URL's last good answer (only after its data is stored). */
export async function saveValidators(
  db: Db,
  sourceId: string,
  url: string,
  v: Validators,
): Promise<void> {
  if (v.etag === null && v.lastModified === null) return;
  await db
    .insertInto("source_validators")
    .values({ url, source_id: sourceId, etag: v.etag, last_modified: v.lastModified })
    .onConflict((oc) =>
      oc.column("url").doUpdateSet({ etag: v.etag, last_modified: v.lastModified }),
    )
    .execute();
}
