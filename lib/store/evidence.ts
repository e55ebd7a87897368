import type { Insertable, Selectable } from "kysely";
import { chunks } from "./batch";
import type { ClaimsTable, RegulatorFiguresTable, SiteFactsTable } from "./evidence-schema";
import type { Db } from "./schema";

/**
 * Evidence that is not a share: one current version per source, replaced whole inside the
 * caller's transaction (an import never leaves half of an old file and half of a new one).
 */

export type SiteFactRow = Selectable<SiteFactsTable>;
export type RegulatorFigureRow = Selectable<RegulatorFiguresTable>;
export type ClaimRow = Selectable<ClaimsTable>;

// Rows are at most ~22 columns: 200 rows keep a statement far below both databases' limits.
const BATCH = 200;

export async function replaceSiteFacts(
  db: Db,
  sourceId: string,
  rows: readonly Insertable<SiteFactsTable>[],
): Promise<void> {
  await db.deleteFrom("site_facts").where("source_id", "=", sourceId).execute();
  for (const batch of chunks(rows, BATCH))
    await db.insertInto("site_facts").values(batch).execute();
}

export async function replaceRegulatorFigures(
  db: Db,
  sourceId: string,
  rows: readonly Insertable<RegulatorFiguresTable>[],
): Promise<void> {
  await db.deleteFrom("regulator_figures").where("source_id", "=", sourceId).execute();
  for (const batch of chunks(rows, BATCH))
    await db.insertInto("regulator_figures").values(batch).execute();
}

export async function replaceClaims(
  db: Db,
  sourceId: string,
  rows: readonly Insertable<ClaimsTable>[],
): Promise<void> {
  await db.deleteFrom("claims").where("source_id", "=", sourceId).execute();
  for (const batch of chunks(rows, BATCH)) await db.insertInto("claims").values(batch).execute();
}

/** Every stored site fact, optionally of one country, in file order. */
export async function listSiteFacts(db: Db, country?: string): Promise<SiteFactRow[]> {
  let q = db.selectFrom("site_facts").selectAll();
  if (country) q = q.where("country", "=", country);
  return q.orderBy("source_id").orderBy("line").execute();
}

export async function listRegulatorFigures(
  db: Db,
  country?: string,
): Promise<RegulatorFigureRow[]> {
  let q = db.selectFrom("regulator_figures").selectAll();
  if (country) q = q.where("country", "=", country);
  return q.orderBy("source_id").orderBy("line").execute();
}

export async function listClaims(db: Db, country?: string): Promise<ClaimRow[]> {
  let q = db.selectFrom("claims").selectAll();
  if (country) q = q.where("country", "=", country);
  return q.orderBy("source_id").orderBy("line").execute();
}
