import { z } from "zod";
import { getPoolsView } from "@/lib/queries/pools-view";
import { handled } from "@/lib/api/errors";
import { monthParam } from "@/lib/api/params";
import { parseQuery } from "@/lib/api/query";
import { getStore } from "@/lib/bootstrap/instance";

export const dynamic = "force-dynamic";

const query = z.object({ month: monthParam });

export const GET = handled(async (request) => {
  const { month } = parseQuery(request.url, query);
  const view = await getPoolsView((await getStore()).db, month);
  return Response.json(view, { headers: { "Cache-Control": "public, max-age=60" } });
});
