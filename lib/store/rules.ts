import { type Rule, ruleParamsSchema } from "../monitor/rules";
import type { Db } from "./schema";

/** Stored rules; a row whose params no longer validate is reported, not silently used. */
export async function listRules(db: Db): Promise<{ rules: Rule[]; invalid: string[] }> {
  const rows = await db.selectFrom("rules").selectAll().orderBy("id").execute();
  const rules: Rule[] = [];
  const invalid: string[] = [];
  for (const row of rows) {
    const parsed = ruleParamsSchema.safeParse(JSON.parse(row.params));
    if (parsed.success) rules.push({ id: row.id, enabled: row.enabled === 1, params: parsed.data });
    else invalid.push(row.id);
  }
  return { rules, invalid };
}

export async function upsertRule(db: Db, rule: Rule, now: string): Promise<void> {
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
