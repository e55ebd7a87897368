import type { Db } from "./schema";

/**
 * A shift rule as stored. Its parameters are the monitor's to validate (lib/monitor/rules.ts):
 * the store only needs the kind, kept in its own column.
 */
interface StoredRule {
  id: string;
  enabled: boolean;
  params: { kind: string; [param: string]: unknown };
}

/** Every stored rule as written, params parsed from JSON but not validated. */
export async function listStoredRules(
  db: Db,
): Promise<{ id: string; enabled: boolean; params: unknown }[]> {
  const rows = await db.selectFrom("rules").selectAll().orderBy("id").execute();
  return rows.map((row) => ({
    id: row.id,
    enabled: row.enabled === 1,
    params: JSON.parse(row.params),
  }));
}

export async function upsertRule(db: Db, rule: StoredRule, now: string): Promise<void> {
  const values = {
    kind: rule.params.kind,
    params: JSON.stringify(rule.params),
    enabled: rule.enabled ? 1 : 0,
    updated_at: now,
  };
  await db
    .insertInto("rules")
    .values({ id: rule.id, ...values, created_at: now })
    .onConflict((oc) => oc.column("id").doUpdateSet(values))
    .execute();
}

export async function deleteRule(db: Db, id: string): Promise<boolean> {
  const result = await db.deleteFrom("rules").where("id", "=", id).executeTakeFirst();
  return Number(result.numDeletedRows) > 0;
}
