import { z } from "zod";
import { getStore } from "../../bootstrap/instance";
import { env } from "../../env";
import { ruleParamsSchema } from "../../monitor/rules";
import { checkWebhookTarget, systemResolver } from "../../monitor/webhook-target";
import { secretKeyFromEnv } from "../../store/secret-box";
import { resolveOffline } from "../../store/settings";
import { insertWebhook, listWebhooks } from "../../store/webhooks";
import { requireAdmin } from "../admin";
import { readJsonBody } from "../body";
import { ApiError, handled } from "../errors";
import { parseQuery } from "../query";

const events = ruleParamsSchema.options.map((o) => o.shape.kind.value) as [string, ...string[]];
/** The body POST accepts (docs/api.md is generated from it). */
export const webhookBody = z.object({
  url: z.url().max(2048),
  secret: z.string().min(16, "use a secret of at least 16 characters").max(256),
  events: z
    .array(z.enum(events))
    .min(1)
    .default([...events]),
});

/** Secrets are write-only: listings show that one is set, never what it is. */
const redact = <T extends object>(hook: T) => ({ ...hook, secret: "(set)" });

export const GET = handled(async (request) => {
  await requireAdmin(request);
  parseQuery(request.url, z.object({}));
  return Response.json({ webhooks: (await listWebhooks((await getStore()).db)).map(redact) });
});

export const POST = handled(async (request) => {
  await requireAdmin(request);
  const body = await readJsonBody(request, webhookBody);
  const e = env();
  const { db } = await getStore();
  const refusal = await checkWebhookTarget(body.url, {
    allowPrivate: e.ATLAS_ALLOW_PRIVATE_WEBHOOKS,
    // Offline means no DNS either: a host name is then checked at delivery, as always.
    resolve: (await resolveOffline(db, e.ATLAS_OFFLINE)) ? null : systemResolver,
  });
  if (refusal)
    throw new ApiError(400, "webhook_target_refused", `Webhook URL refused: ${refusal}.`);
  const hook = await insertWebhook(db, body, new Date().toISOString(), secretKeyFromEnv());
  return Response.json({ webhook: redact(hook) }, { status: 201 });
});
