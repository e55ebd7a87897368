import { z } from "zod";
import { getStore } from "../../bootstrap/instance";
import { getShareView } from "../../queries/shares-view";
import { csvResponse, toCsv } from "../csv";
import { ApiError, handled } from "../errors";
import { formatParam, monthParam } from "../params";
import { parseQuery } from "../query";

/** The query this endpoint accepts (docs/api.md is generated from it). */
export const query = z.object({ month: monthParam, format: formatParam });

export const GET = handled(async (request) => {
  const { month, format } = parseQuery(request.url, query);
  const view = await getShareView((await getStore()).db, month);
  if (!view)
    throw new ApiError(404, "not_found", `No country shares for ${month}. See /api/v1/months.`);
  if (format === "csv") {
    const header = ["month", "country", "name", "label", "share", "method", "source", "caveat"];
    const rows = view.rows.map((r) => [
      month,
      r.country,
      r.name,
      r.label,
      r.share,
      r.method,
      r.source,
      r.caveat,
    ]);
    return csvResponse(toCsv(header, rows), `hashrate-shares-${month}.csv`);
  }
  return Response.json(view, { headers: { "Cache-Control": "public, max-age=60" } });
});
