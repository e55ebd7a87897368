import { randomUUID } from "node:crypto";
import type { Db } from "./schema";

export interface Webhook {
  id: string;
  url: string;
  secret: string;
  events: string[];
  active: boolean;
  createdAt: string;
}

export async function insertWebhook(
  db: Db,
  hook: Omit<Webhook, "id" | "active" | "createdAt">,
  now: string,
): Promise<Webhook> {
  const id = randomUUID();
  await db
    .insertInto("webhooks")
    .values({
      id,
      url: hook.url,
      secret: hook.secret,
      events: JSON.stringify(hook.events),
      active: 1,
      created_at: now,
    })
    .execute();
  return { id, ...hook, active: true, createdAt: now };
}

export async function listWebhooks(db: Db): Promise<Webhook[]> {
  const rows = await db.selectFrom("webhooks").selectAll().orderBy("created_at").execute();
  return rows.map((r) => ({
    id: r.id,
    url: r.url,
    secret: r.secret,
    events: JSON.parse(r.events) as string[],
    active: r.active === 1,
    createdAt: r.created_at,
  }));
}

export async function getWebhook(db: Db, id: string): Promise<Webhook | undefined> {
  return (await listWebhooks(db)).find((h) => h.id === id);
}

export async function deleteWebhook(db: Db, id: string): Promise<boolean> {
  const result = await db.deleteFrom("webhooks").where("id", "=", id).executeTakeFirst();
  return Number(result.numDeletedRows) > 0;
}

/** Queues one delivery of `body` to every active hook subscribed to `event`. */
export async function enqueueDeliveries(
  db: Db,
  event: string,
  alertId: string | null,
  body: string,
  now: string,
  onlyHook?: string,
): Promise<string[]> {
  const hooks = (await listWebhooks(db)).filter(
    (h) => h.active && (onlyHook ? h.id === onlyHook : h.events.includes(event)),
  );
  const ids: string[] = [];
  for (const hook of hooks) {
    const id = randomUUID();
    await db
      .insertInto("webhook_deliveries")
      .values({
        id,
        webhook_id: hook.id,
        event,
        alert_id: alertId,
        body,
        status: "pending",
        attempts: 0,
        next_attempt_at: now,
        created_at: now,
      })
      .execute();
    ids.push(id);
  }
  return ids;
}

export interface DueDelivery {
  id: string;
  webhookId: string;
  url: string;
  secret: string;
  body: string;
  attempts: number;
}

export async function listDueDeliveries(
  db: Db,
  now: string,
  limit = 50,
  onlyIds?: readonly string[],
): Promise<DueDelivery[]> {
  let query = db
    .selectFrom("webhook_deliveries as d")
    .innerJoin("webhooks as w", "w.id", "d.webhook_id")
    .select([
      "d.id as id",
      "d.webhook_id as webhookId",
      "w.url as url",
      "w.secret as secret",
      "d.body as body",
      "d.attempts as attempts",
    ])
    .where("d.status", "=", "pending")
    .where("d.next_attempt_at", "<=", now)
    .orderBy("d.next_attempt_at")
    .limit(limit);
  if (onlyIds) query = query.where("d.id", "in", onlyIds.length > 0 ? [...onlyIds] : [""]);
  return query.execute();
}

export async function recordDeliveryAttempt(
  db: Db,
  id: string,
  outcome: {
    ok: boolean;
    statusCode: number | null;
    error: string | null;
    attempts: number;
    nextAttemptAt: string | null;
    now: string;
  },
): Promise<void> {
  await db
    .updateTable("webhook_deliveries")
    .set({
      status: outcome.ok ? "delivered" : outcome.nextAttemptAt ? "pending" : "failed",
      attempts: outcome.attempts,
      next_attempt_at: outcome.ok ? null : outcome.nextAttemptAt,
      last_status_code: outcome.statusCode,
      last_error: outcome.error,
      delivered_at: outcome.ok ? outcome.now : null,
    })
    .where("id", "=", id)
    .execute();
}

export async function listDeliveries(db: Db, webhookId: string, limit = 100) {
  return db
    .selectFrom("webhook_deliveries")
    .select([
      "id",
      "event",
      "alert_id as alertId",
      "status",
      "attempts",
      "last_status_code as lastStatusCode",
      "last_error as lastError",
      "created_at as createdAt",
      "delivered_at as deliveredAt",
      "next_attempt_at as nextAttemptAt",
    ])
    .where("webhook_id", "=", webhookId)
    .orderBy("created_at", "desc")
    .limit(limit)
    .execute();
}
