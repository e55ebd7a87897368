import { env } from "../env";
import type { Logger } from "../ingest/context";
import type { Db } from "../store/schema";
import { deliverDue } from "./deliver";
import { detectShifts } from "./detect-shifts";

/** What follows every ingest: look for shifts in the new data, then push due webhook deliveries. */
export async function afterIngest(db: Db, log: Logger): Promise<void> {
  const { created, invalidRules } = await detectShifts(db);
  if (invalidRules.length > 0)
    log.warn("rules skipped: their parameters no longer validate", { rules: invalidRules });
  if (created.length > 0)
    log.info("new shift alerts", { count: created.length, alerts: created.map((a) => a.title) });
  const sent = await deliverDue(db, {
    allowPrivate: env().ATLAS_ALLOW_PRIVATE_WEBHOOKS,
    now: () => new Date(),
  });
  if (sent.delivered + sent.failed > 0) log.info("webhook deliveries", sent);
}
