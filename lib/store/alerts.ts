import { type Finding, findingId } from "../monitor/detect/finding";
import type { Db } from "./schema";

/** A stored finding: its content-derived id and when it was first detected. */
export interface Alert extends Finding {
  id: string;
  createdAt: string;
}

/** Inserts findings not seen before; returns only the new alerts (duplicates are ignored). */
export async function insertNewAlerts(
  db: Db,
  findings: readonly Finding[],
  now: string,
): Promise<Alert[]> {
  const created: Alert[] = [];
  for (const f of findings) {
    const id = findingId(f);
    const result = await db
      .insertInto("alerts")
      .values({
        id,
        rule_id: f.ruleId,
        kind: f.kind,
        subject: f.subject,
        period: f.period,
        title: f.title,
        summary: f.summary,
        evidence: JSON.stringify(f.evidence),
        created_at: now,
      })
      .onConflict((oc) => oc.column("id").doNothing())
      .executeTakeFirst();
    if (Number(result.numInsertedOrUpdatedRows ?? 0) > 0)
      created.push({ ...f, id, createdAt: now });
  }
  return created;
}

export async function listAlerts(
  db: Db,
  opts: { limit: number; kind?: string | undefined; before?: string | undefined },
): Promise<Alert[]> {
  let query = db
    .selectFrom("alerts")
    .selectAll()
    .orderBy("created_at", "desc")
    .orderBy("period", "desc")
    .orderBy("id")
    .limit(opts.limit);
  if (opts.kind) query = query.where("kind", "=", opts.kind);
  if (opts.before) query = query.where("created_at", "<", opts.before);
  const rows = await query.execute();
  return rows.map((r) => ({
    id: r.id,
    ruleId: r.rule_id,
    kind: r.kind,
    subject: r.subject,
    period: r.period,
    title: r.title,
    summary: r.summary,
    evidence: JSON.parse(r.evidence) as Record<string, unknown>,
    createdAt: r.created_at,
  }));
}
