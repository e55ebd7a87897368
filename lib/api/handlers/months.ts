import { z } from "zod";
import { getStore } from "../../bootstrap/instance";
import { getMonthIndex } from "../../queries/shares-view";
import { handled } from "../errors";
import { parseQuery } from "../query";

export const GET = handled(async (request) => {
  parseQuery(request.url, z.object({}));
  const index = await getMonthIndex((await getStore()).db);
  return Response.json(index, { headers: { "Cache-Control": "public, max-age=60" } });
});
