import { z } from "zod";
import { getNodesView } from "@/lib/analytics/nodes-view";
import { ApiError, handled } from "@/lib/api/errors";
import { monthParam } from "@/lib/api/params";
import { parseQuery } from "@/lib/api/query";
import { getStore } from "@/lib/store/instance";

export const dynamic = "force-dynamic";

const query = z.object({ month: monthParam });

export const GET = handled(async (request) => {
  const { month } = parseQuery(request.url, query);
  const current = new Date().toISOString().slice(0, 7);
  if (month > current) throw new ApiError(404, "not_found", `${month} is in the future.`);
  const view = await getNodesView((await getStore()).db, month);
  return Response.json(view, { headers: { "Cache-Control": "public, max-age=60" } });
});
