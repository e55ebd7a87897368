import { createHash } from "node:crypto";
import { redactSecrets } from "../http/redact";
import type { AlertsTable, Db } from "./schema";

/** What a shift detector reports (lib/monitor/detect/); stored as an alert. */
export interface Finding {
  ruleId: string;
  kind: string;
  /** What moved: a definition id, an ISO code, a pool slug, a source id. */
  subject: string;
  /** When it moved: "2021-06..2021-07", a snapshot pair, a block window. */
  period: string;
  title: string;
  summary: string;
  evidence: Record<string, unknown>;
}

/** The same rule, subject and period always give the same id: that is the deduplication. */
function findingId(f: Pick<Finding, "ruleId" | "subject" | "period">): string {
  return createHash("sha256")
    .update(`${f.ruleId}\u0000${f.subject}\u0000${f.period}`)
    .digest("hex")
    .slice(0, 24);
}

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
  for (const finding of findings) {
    const id = findingId(finding);
    // Alerts are public (page, feed, API, webhooks): a quoted upstream error keeps no credentials.
    const f = redactFinding(finding);
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

/** Where a page of alerts ends: the last alert's sort key (created_at, period, id). */
export type AlertCursor = [createdAt: string, period: string, id: string];

interface AlertQuery {
  limit: number;
  kind?: string | undefined;
  /** Only alerts created strictly before this instant. */
  before?: string | undefined;
  /** Continue after this alert (the previous page's last one). */
  after?: AlertCursor | undefined;
}

/**
 * One page of alerts, newest first, and the cursor of the next page (null on the last one).
 * Paging is a keyset on the sort key: one detection pass gives all its alerts the same
 * `created_at`, so a time alone would skip or repeat the ones sharing it; the period (newest
 * first) and the unique id break the tie.
 */
export async function pageAlerts(
  db: Db,
  opts: AlertQuery,
): Promise<{ alerts: Alert[]; next: AlertCursor | null }> {
  let query = db
    .selectFrom("alerts")
    .selectAll()
    .orderBy("created_at", "desc")
    .orderBy("period", "desc")
    .orderBy("id")
    .limit(opts.limit + 1);
  if (opts.kind) query = query.where("kind", "=", opts.kind);
  if (opts.before) query = query.where("created_at", "<", opts.before);
  const after = opts.after;
  if (after) {
    const [createdAt, period, id] = after;
    query = query.where((eb) =>
      eb.or([
        eb("created_at", "<", createdAt),
        eb.and([eb("created_at", "=", createdAt), eb("period", "<", period)]),
        eb.and([eb("created_at", "=", createdAt), eb("period", "=", period), eb("id", ">", id)]),
      ]),
    );
  }
  const rows = await query.execute();
  const alerts = rows.slice(0, opts.limit).map(toAlert);
  const last = alerts.at(-1);
  const next: AlertCursor | null =
    rows.length > opts.limit && last ? [last.createdAt, last.period, last.id] : null;
  return { alerts, next };
}

/** The newest alerts (one page, no cursor). */
export async function listAlerts(db: Db, opts: AlertQuery): Promise<Alert[]> {
  return (await pageAlerts(db, opts)).alerts;
}

function redactFinding(f: Finding): Finding {
  return {
    ...f,
    title: redactSecrets(f.title),
    summary: redactSecrets(f.summary),
    evidence: JSON.parse(redactSecrets(JSON.stringify(f.evidence))) as Record<string, unknown>,
  };
}

function toAlert(r: AlertsTable): Alert {
  return {
    id: r.id,
    ruleId: r.rule_id,
    kind: r.kind,
    subject: r.subject,
    period: r.period,
    title: redactSecrets(r.title),
    summary: redactSecrets(r.summary),
    evidence: JSON.parse(redactSecrets(r.evidence)) as Record<string, unknown>,
    createdAt: r.created_at,
  };
}
