import { requireAdmin } from "@/lib/api/admin";
import { ApiError, handledWithParams } from "@/lib/api/errors";
import { getStore } from "@/lib/bootstrap/instance";
import { deleteWebhook } from "@/lib/store/webhooks";

export const dynamic = "force-dynamic";

export const DELETE = handledWithParams<{ id: string }>(async (request, { id }) => {
  await requireAdmin(request);
  if (!(await deleteWebhook((await getStore()).db, id)))
    throw new ApiError(404, "not_found", `No webhook "${id}".`);
  return new Response(null, { status: 204 });
});
