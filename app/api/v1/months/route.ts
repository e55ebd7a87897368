import { z } from "zod";
import { getMonthIndex } from "@/lib/queries/shares-view";
import { handled } from "@/lib/api/errors";
import { parseQuery } from "@/lib/api/query";
import { getStore } from "@/lib/bootstrap/instance";

export const dynamic = "force-dynamic";

export const GET = handled(async (request) => {
  parseQuery(request.url, z.object({}));
  const index = await getMonthIndex((await getStore()).db);
  return Response.json(index, { headers: { "Cache-Control": "public, max-age=60" } });
});
