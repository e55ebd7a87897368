import { z } from "zod";
import { getStore } from "../../bootstrap/instance";
import { getPoolsView } from "../../queries/pools-view";
import { handled } from "../errors";
import { monthParam } from "../params";
import { parseQuery } from "../query";

/** The query this endpoint accepts (docs/api.md is generated from it). */
export const query = z.object({ month: monthParam });

export const GET = handled(async (request) => {
  const { month } = parseQuery(request.url, query);
  const view = await getPoolsView((await getStore()).db, month);
  return Response.json(view, { headers: { "Cache-Control": "public, max-age=60" } });
});
