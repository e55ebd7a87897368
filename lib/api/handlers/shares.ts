import { z } from "zod";
import { globalSouthCell, NOT_NAMED_LABEL, notNamedShare } from "../../analytics/share-table";
import { getStore } from "../../bootstrap/instance";
import type { Definition } from "../../geo/definition-schema";
import { getDefinition } from "../../geo/definitions";
import { getShareView, type ShareView } from "../../queries/shares-view";
import { csvResponse, toCsv } from "../csv";
import { ApiError, handled } from "../errors";
import { definitionParam, formatParam, monthParam } from "../params";
import { parseQuery } from "../query";

/** The query this endpoint accepts (docs/api.md is generated from it). */
export const query = z.object({
  month: monthParam,
  format: formatParam,
  /** The CSV's Global South column follows this definition (the view's `gs`). */
  definition: definitionParam,
  /** Compare mode: the CSV holds this month's rows too, as the comparison on screen does. */
  compare: monthParam.optional(),
});

const HEADER = [
  "month",
  "country",
  "name",
  "label",
  "share",
  "method",
  "source",
  "global_south",
  "global_south_definition",
  "caveat",
];

/** A month's table as the screen shows it: the source's rows and the share it names no country for. */
function csvRows(view: ShareView, definition: Definition): unknown[][] {
  const members = new Set(definition.members);
  const rows: unknown[][] = view.rows.map((r) => [
    view.month,
    r.country,
    r.name,
    r.label,
    r.share,
    r.method,
    r.source,
    globalSouthCell(r.country, members),
    definition.id,
    r.caveat,
  ]);
  const notNamed = notNamedShare(view.rows);
  if (notNamed !== null)
    rows.push([
      view.month,
      null,
      NOT_NAMED_LABEL,
      NOT_NAMED_LABEL,
      notNamed,
      view.method,
      view.source.id,
      "unknown",
      definition.id,
      "unknown, not zero: the source names no country for this hashrate",
    ]);
  return rows;
}

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
    const rows = views.flatMap((v) => csvRows(v, definition));
    const name = compare ? `${month}-vs-${compare}` : month;
    return csvResponse(toCsv(HEADER, rows), `hashrate-shares-${name}.csv`);
  }
  return Response.json(view, { headers: { "Cache-Control": "public, max-age=60" } });
});
