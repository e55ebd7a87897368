import { getStore } from "../../bootstrap/instance";
import { getWebhook, listDeliveries } from "../../store/webhooks";
import { requireAdmin } from "../admin";
import { ApiError, handledWithParams } from "../errors";

/** The delivery log of one webhook, newest first. */
export const GET = handledWithParams<{ id: string }>(async (request, { id }) => {
  await requireAdmin(request);
  const { db } = await getStore();
  if (!(await getWebhook(db, id))) throw new ApiError(404, "not_found", `No webhook "${id}".`);
  return Response.json({ deliveries: await listDeliveries(db, id) });
});
