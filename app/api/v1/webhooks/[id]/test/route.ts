import { requireAdmin } from "@/lib/api/admin";
import { ApiError, handledWithParams } from "@/lib/api/errors";
import { RateLimiter } from "@/lib/api/rate-limit";
import { env } from "@/lib/env";
import { deliveryOptionsFromEnv } from "@/lib/monitor/after-ingest";
import { deliverDue } from "@/lib/monitor/deliver";
import { getStore } from "@/lib/store/instance";
import { enqueueDeliveries, getWebhook, listDeliveries } from "@/lib/store/webhooks";

export const dynamic = "force-dynamic";

/** Test sends hit someone else's server: at most 5 a minute per webhook. */
const limiter = new RateLimiter(5, 60_000);

export const POST = handledWithParams<{ id: string }>(async (request, { id }) => {
  requireAdmin(request);
  const wait = limiter.take(id);
  if (wait > 0) throw new ApiError(429, "rate_limited", `Too many test sends; retry in ${wait} s.`);
  const { db } = await getStore();
  if (!(await getWebhook(db, id))) throw new ApiError(404, "not_found", `No webhook "${id}".`);
  if (env().ATLAS_OFFLINE)
    throw new ApiError(
      503,
      "offline",
      "This instance is offline (ATLAS_OFFLINE=1): nothing is sent, so there is no test to send.",
    );
  const now = new Date().toISOString();
  const body = JSON.stringify({
    type: "test",
    event: "test",
    sentAt: now,
    message: "Test delivery from Hashrate Atlas",
  });
  const ids = await enqueueDeliveries(db, "test", null, body, now, id);
  const deliveryId = ids[0];
  await deliverDue(db, deliveryOptionsFromEnv({ maxAttempts: 1, onlyIds: ids }));
  const delivery = (await listDeliveries(db, id)).find((d) => d.id === deliveryId);
  return Response.json({ delivery }, { status: delivery?.status === "delivered" ? 200 : 502 });
});
