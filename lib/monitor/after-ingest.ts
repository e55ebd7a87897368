import { env } from "../env";
import type { Logger } from "../ingest/context";
import type { Db } from "../store/schema";
import { secretKeyFromEnv } from "../store/secret-box";
import { resolveOffline } from "../store/settings";
import { type DeliveryOptions, deliverDue } from "./deliver";
import { detectShifts } from "./detect-shifts";

/** What follows every ingest, inside its lock: look for shifts in the new data. */
export async function afterIngest(db: Db, log: Logger): Promise<void> {
  const { created, invalidRules, summary } = await detectShifts(db);
  if (invalidRules.length > 0)
    log.warn("rules skipped: their parameters no longer validate", { rules: invalidRules });
  if (summary)
    log.info("new shift alerts, summarised for webhooks", {
      count: created.length,
      summary: summary.title,
    });
  else if (created.length > 0)
    log.info("new shift alerts", { count: created.length, alerts: created.map((a) => a.title) });
}

/**
 * How this instance delivers webhooks (private targets, offline, secret key), from the
 * environment and the install's offline setting.
 */
export async function deliveryOptionsFromEnv(
  db: Db,
  extra: Partial<DeliveryOptions> = {},
): Promise<DeliveryOptions> {
  const e = env();
  return {
    allowPrivate: e.ATLAS_ALLOW_PRIVATE_WEBHOOKS,
    offline: await resolveOffline(db, e.ATLAS_OFFLINE),
    secretKey: secretKeyFromEnv(),
    now: () => new Date(),
    ...extra,
  };
}

/**
 * Sends the webhook deliveries that are due — after the ingest lock is released, never inside
 * it. Offline, they stay queued for a later pass.
 */
export async function deliverWebhooks(db: Db, log: Logger): Promise<void> {
  const sent = await deliverDue(db, await deliveryOptionsFromEnv(db));
  if (sent.held > 0) log.info("webhook deliveries held while offline", sent);
  else if (sent.delivered + sent.failed > 0) log.info("webhook deliveries", sent);
}
