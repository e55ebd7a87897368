import { getStore } from "../../bootstrap/instance";
import { deleteWebhook } from "../../store/webhooks";
import { requireAdmin } from "../admin";
import { ApiError, handledWithParams } from "../errors";

export const DELETE = handledWithParams<{ id: string }>(async (request, { id }) => {
  await requireAdmin(request);
  if (!(await deleteWebhook((await getStore()).db, id)))
    throw new ApiError(404, "not_found", `No webhook "${id}".`);
  return new Response(null, { status: 204 });
});
