import { z } from "zod";
import { getStore } from "../../bootstrap/instance";
import { getDefinition } from "../../geo/definitions";
import { getGlobalSouthView } from "../../queries/global-south-view";
import { csvResponse, toCsv } from "../csv";
import { handled } from "../errors";
import { definitionParam, formatParam } from "../params";
import { parseQuery } from "../query";

/** The query this endpoint accepts (docs/api.md is generated from it). */
export const query = z.object({ definition: definitionParam, format: formatParam });

export const GET = handled(async (request) => {
  const { definition: id, format } = parseQuery(request.url, query);
  const definition = getDefinition(id);
  const view = await getGlobalSouthView((await getStore()).db, definition);
  if (format === "csv") {
    const rows = view.series.map((p) => [
      p.month,
      definition.id,
      p.share,
      p.low,
      p.high,
      p.unattributed,
      p.relocated,
      p.coverage,
      p.method,
      p.source,
      p.caveats.join(" "),
    ]);
    return csvResponse(
      toCsv(
        [
          "month",
          "definition",
          "share",
          "low",
          "high",
          "unattributed",
          "relocated",
          "coverage",
          "method",
          "source",
          "caveats",
        ],
        rows,
      ),
      `global-south-${definition.id}.csv`,
    );
  }
  return Response.json(view, { headers: { "Cache-Control": "public, max-age=60" } });
});
