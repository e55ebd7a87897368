import { z } from "zod";
import { getStore } from "../../bootstrap/instance";
import { getDefinition } from "../../geo/definitions";
import { getShareView, type ShareView } from "../../queries/shares-view";
import { csvResponse } from "../csv";
import { ApiError, handled } from "../errors";
import { definitionParam, formatParam, monthParam } from "../params";
import { parseQuery } from "../query";
import { shareTableCsv } from "../share-table-csv";

/** The query this endpoint accepts (docs/api.md is generated from it). */
export const query = z.object({
  month: monthParam,
  format: formatParam,
  /** The CSV's Global South column follows this definition (the view's `gs`). */
  definition: definitionParam,
  /** Compare mode: the CSV holds this month's rows too, as the comparison on screen does. */
  compare: monthParam.optional(),
});

async function viewOf(month: string): Promise<ShareView> {
  const view = await getShareView((await getStore()).db, month);
  if (!view)
    throw new ApiError(404, "not_found", `No country shares for ${month}. See /api/v1/months.`);
  return view;
}

export const GET = handled(async (request) => {
  const { month, format, definition: id, compare } = parseQuery(request.url, query);
  const view = await viewOf(month);
  if (format === "csv") {
    const definition = getDefinition(id);
    const views = compare && compare !== month ? [view, await viewOf(compare)] : [view];
    const name = compare ? `${month}-vs-${compare}` : month;
    return csvResponse(shareTableCsv(views, definition), `hashrate-shares-${name}.csv`);
  }
  return Response.json(view, { headers: { "Cache-Control": "public, max-age=60" } });
});
