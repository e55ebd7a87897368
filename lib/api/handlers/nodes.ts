import { z } from "zod";
import { getStore } from "../../bootstrap/instance";
import { currentMonth } from "../../core/month";
import { getNodeLocationsView, getNodesView } from "../../queries/nodes-view";
import { ApiError, handled } from "../errors";
import { monthParam } from "../params";
import { parseQuery } from "../query";

/** The query this endpoint accepts (docs/api.md is generated from it). */
export const query = z.object({
  month: monthParam,
  // `locations` adds the snapshot's `[lat, lon, count]` triples for the map; off by default
  // because it is ~100× larger than the per-country summary.
  detail: z
    .enum(["summary", "locations"], { error: 'expected "summary" or "locations"' })
    .default("summary"),
});

export const GET = handled(async (request) => {
  const { month, detail } = parseQuery(request.url, query);
  const current = currentMonth();
  if (month > current) throw new ApiError(404, "not_found", `${month} is in the future.`);
  const { db } = await getStore();
  const view =
    detail === "locations" ? await getNodeLocationsView(db, month) : await getNodesView(db, month);
  return Response.json(view, { headers: { "Cache-Control": "public, max-age=60" } });
});
