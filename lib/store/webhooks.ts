import { randomUUID } from "node:crypto";
import type { Db } from "./schema";
import {
  isSealed,
  openSecret,
  type SecretKey,
  SecretUnavailableError,
  sealSecret,
} from "./secret-box";

/** A registered webhook. Its secret is write-only: only deliveries read it (listDueDeliveries). */
interface Webhook {
  id: string;
  url: string;
  events: string[];
  active: boolean;
  createdAt: string;
}

/** Stores a webhook; its secret sealed when a key is given (ATLAS_SECRET_KEY). */
export async function insertWebhook(
  db: Db,
  hook: { url: string; secret: string; events: string[] },
  now: string,
  key: SecretKey | null,
): Promise<Webhook> {
  const id = randomUUID();
  await db
    .insertInto("webhooks")
    .values({
      id,
      url: hook.url,
      secret: key ? sealSecret(hook.secret, key, id) : hook.secret,
      events: JSON.stringify(hook.events),
      active: 1,
      created_at: now,
    })
    .execute();
  return { id, url: hook.url, events: hook.events, active: true, createdAt: now };
}

/**
 * Seals every secret still stored as plain text (registered before ATLAS_SECRET_KEY was set);
 * returns how many. Run at start, so setting the key protects existing hooks too.
 */
export async function sealPlainSecrets(db: Db, key: SecretKey): Promise<number> {
  const rows = await db.selectFrom("webhooks").select(["id", "secret"]).execute();
  let sealed = 0;
  for (const row of rows.filter((r) => !isSealed(r.secret))) {
    const result = await db
      .updateTable("webhooks")
      .set({ secret: sealSecret(row.secret, key, row.id) })
      .where("id", "=", row.id)
      .where("secret", "=", row.secret)
      .executeTakeFirst();
    sealed += Number(result.numUpdatedRows);
  }
  return sealed;
}

export async function listWebhooks(db: Db): Promise<Webhook[]> {
  const rows = await db.selectFrom("webhooks").selectAll().orderBy("created_at").execute();
  return rows.map((r) => ({
    id: r.id,
    url: r.url,
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
  /** The signing secret, or why it cannot be read (the delivery then fails, never goes unsigned). */
  secret: { ok: true; value: string } | { ok: false; error: string };
  body: string;
  attempts: number;
}

/** Pending deliveries whose time has come, with their hook's URL and opened secret. */
export async function listDueDeliveries(
  db: Db,
  now: string,
  key: SecretKey | null,
  limit = 50,
  onlyIds?: readonly string[],
  /** At most this many per hook: a flood for one hook neither floods it nor starves the others. */
  perHook?: number,
): Promise<DueDelivery[]> {
  const due = (hook?: string, max = limit) => {
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
        "d.next_attempt_at as nextAttemptAt",
      ])
      .where("d.status", "=", "pending")
      .where("d.next_attempt_at", "<=", now)
      .orderBy("d.next_attempt_at")
      .orderBy("d.id")
      .limit(max);
    if (hook) query = query.where("d.webhook_id", "=", hook);
    if (onlyIds) query = query.where("d.id", "in", onlyIds.length > 0 ? [...onlyIds] : [""]);
    return query.execute();
  };
  let rows: Awaited<ReturnType<typeof due>>;
  if (perHook === undefined) rows = await due();
  else {
    const hooks = await db
      .selectFrom("webhook_deliveries")
      .select("webhook_id")
      .distinct()
      .where("status", "=", "pending")
      .where("next_attempt_at", "<=", now)
      .execute();
    const lists = await Promise.all(hooks.map((h) => due(h.webhook_id, Math.min(perHook, limit))));
    rows = lists
      .flat()
      .sort((a, b) => String(a.nextAttemptAt).localeCompare(String(b.nextAttemptAt)))
      .slice(0, limit);
  }
  return rows.map(({ nextAttemptAt: _, ...d }) => ({
    ...d,
    secret: readSecret(d.secret, key, d.webhookId),
  }));
}

function readSecret(
  stored: string,
  key: SecretKey | null,
  webhookId: string,
): DueDelivery["secret"] {
  try {
    return { ok: true, value: openSecret(stored, key, webhookId) };
  } catch (error) {
    if (error instanceof SecretUnavailableError) return { ok: false, error: error.message };
    throw error;
  }
}

/**
 * Takes a due delivery for this sender by pushing its next attempt into the future; false when
 * another worker (or a "send test") took it first. One UPDATE, so two senders never both win.
 */
export async function claimDelivery(
  db: Db,
  id: string,
  now: string,
  until: string,
): Promise<boolean> {
  const result = await db
    .updateTable("webhook_deliveries")
    .set({ next_attempt_at: until })
    .where("id", "=", id)
    .where("status", "=", "pending")
    .where("next_attempt_at", "<=", now)
    .executeTakeFirst();
  return Number(result.numUpdatedRows) > 0;
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
