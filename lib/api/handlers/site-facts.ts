import { z } from "zod";
import { getStore } from "../../bootstrap/instance";
import { getSiteFactsView } from "../../queries/sites-view";
import { handled } from "../errors";
import { parseQuery } from "../query";

/** Every known site's dated facts, for the browser to place them at any month. */
export const GET = handled(async (request) => {
  parseQuery(request.url, z.object({}));
  const view = await getSiteFactsView((await getStore()).db);
  return Response.json(view, { headers: { "Cache-Control": "public, max-age=60" } });
});
