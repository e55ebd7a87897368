import { requireAdmin } from "@/lib/api/admin";
import { ApiError, handledWithParams } from "@/lib/api/errors";
import { getStore } from "@/lib/bootstrap/instance";
import { getWebhook, listDeliveries } from "@/lib/store/webhooks";

export const dynamic = "force-dynamic";

/** The delivery log of one webhook, newest first. */
export const GET = handledWithParams<{ id: string }>(async (request, { id }) => {
  await requireAdmin(request);
  const { db } = await getStore();
  if (!(await getWebhook(db, id))) throw new ApiError(404, "not_found", `No webhook "${id}".`);
  return Response.json({ deliveries: await listDeliveries(db, id) });
});
