import type { Kysely } from "kysely";

/**
 * Inserts shipped rules that are not there yet; used by the migrations that ship rules, each of
 * which keeps its own copy of the values (a migration must mean the same forever).
 */
export async function installRules(
  // biome-ignore lint/suspicious/noExplicitAny: migrations must not depend on the current schema type
  db: Kysely<any>,
  rules: readonly { id: string; params: Record<string, unknown> }[],
): Promise<void> {
  const now = new Date().toISOString();
  for (const rule of rules) {
    await db
      .insertInto("rules")
      .values({
        id: rule.id,
        kind: rule.params.kind,
        params: JSON.stringify(rule.params),
        enabled: 1,
        created_at: now,
        updated_at: now,
      })
      .onConflict((oc) => oc.column("id").doNothing())
      .execute();
  }
}

/** Removes the shipped rules again (a migration's `down`). */
export async function removeRules(
  // biome-ignore lint/suspicious/noExplicitAny: see installRules()
  db: Kysely<any>,
  rules: readonly { id: string }[],
): Promise<void> {
  await db
    .deleteFrom("rules")
    .where(
      "id",
      "in",
      rules.map((r) => r.id),
    )
    .execute();
}
