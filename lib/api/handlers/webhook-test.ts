import { getStore } from "../../bootstrap/instance";
import { deliveryOptionsFromEnv } from "../../monitor/after-ingest";
import { deliverDue } from "../../monitor/deliver";
import { enqueueDeliveries, getWebhook, listDeliveries } from "../../store/webhooks";
import { requireAdmin } from "../admin";
import { ApiError, handledWithParams } from "../errors";
import { WEBHOOK_TEST_LIMIT } from "../limits";
import { counterFor, reserve } from "../rate-limit";

export const POST = handledWithParams<{ id: string }>(async (request, { id }) => {
  await requireAdmin(request);
  const store = await getStore();
  // Test sends hit someone else's server: 5 a minute per webhook, across instances.
  await reserve(counterFor(store), WEBHOOK_TEST_LIMIT, id, 1);
  const { db } = store;
  if (!(await getWebhook(db, id))) throw new ApiError(404, "not_found", `No webhook "${id}".`);
  const options = await deliveryOptionsFromEnv(db, { maxAttempts: 1 });
  if (options.offline)
    throw new ApiError(
      503,
      "offline",
      "This instance is offline (ATLAS_OFFLINE): nothing is sent, so there is no test to send.",
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
  await deliverDue(db, { ...options, onlyIds: ids });
  const delivery = (await listDeliveries(db, id)).find((d) => d.id === deliveryId);
  return Response.json({ delivery }, { status: delivery?.status === "delivered" ? 200 : 502 });
});
