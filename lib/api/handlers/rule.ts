import { getStore } from "../../bootstrap/instance";
import { deleteRule } from "../../store/rules";
import { requireAdmin } from "../admin";
import { ApiError, handledWithParams } from "../errors";

export const DELETE = handledWithParams<{ id: string }>(async (request, { id }) => {
  await requireAdmin(request);
  if (!(await deleteRule((await getStore()).db, id)))
    throw new ApiError(404, "not_found", `No rule "${id}".`);
  return new Response(null, { status: 204 });
});
