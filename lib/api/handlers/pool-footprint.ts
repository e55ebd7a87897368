import { z } from "zod";
import { getStore } from "../../bootstrap/instance";
import { getPoolFootprint } from "../../queries/footprint-view";
import { handled } from "../errors";
import { parseQuery } from "../query";

/** The query this endpoint accepts (docs/api.md is generated from it). */
export const query = z.object({});

/** Where the pools behind each month's blocks run their servers: infrastructure, not miners. */
export const GET = handled(async (request) => {
  parseQuery(request.url, query);
  const view = await getPoolFootprint((await getStore()).db);
  return Response.json(view, { headers: { "Cache-Control": "public, max-age=60" } });
});
