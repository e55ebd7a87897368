import { z } from "zod";
import { getPoolFootprint } from "@/lib/queries/footprint-view";
import { handled } from "@/lib/api/errors";
import { parseQuery } from "@/lib/api/query";
import { getStore } from "@/lib/bootstrap/instance";

export const dynamic = "force-dynamic";

const query = z.object({});

/** Where the pools behind each month's blocks run their servers: infrastructure, not miners. */
export const GET = handled(async (request) => {
  parseQuery(request.url, query);
  const view = await getPoolFootprint((await getStore()).db);
  return Response.json(view, { headers: { "Cache-Control": "public, max-age=60" } });
});
