import { requireAdmin } from "@/lib/api/admin";
import { ApiError, handledWithParams } from "@/lib/api/errors";
import { getStore } from "@/lib/bootstrap/instance";
import { deleteRule } from "@/lib/store/rules";

export const dynamic = "force-dynamic";

export const DELETE = handledWithParams<{ id: string }>(async (request, { id }) => {
  await requireAdmin(request);
  if (!(await deleteRule((await getStore()).db, id)))
    throw new ApiError(404, "not_found", `No rule "${id}".`);
  return new Response(null, { status: 204 });
});
