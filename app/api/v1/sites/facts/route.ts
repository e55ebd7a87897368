import { z } from "zod";
import { getSiteFactsView } from "@/lib/queries/sites-view";
import { handled } from "@/lib/api/errors";
import { parseQuery } from "@/lib/api/query";
import { getStore } from "@/lib/bootstrap/instance";

export const dynamic = "force-dynamic";

/** Every known site's dated facts, for the browser to place them at any month. */
export const GET = handled(async (request) => {
  parseQuery(request.url, z.object({}));
  const view = await getSiteFactsView((await getStore()).db);
  return Response.json(view, { headers: { "Cache-Control": "public, max-age=60" } });
});
