import { z } from "zod";
import { getGlobalSouthView } from "@/lib/queries/global-south-view";
import { csvResponse, toCsv } from "@/lib/api/csv";
import { handled } from "@/lib/api/errors";
import { definitionParam, formatParam } from "@/lib/api/params";
import { parseQuery } from "@/lib/api/query";
import { getDefinition } from "@/lib/geo/definitions";
import { getStore } from "@/lib/bootstrap/instance";

export const dynamic = "force-dynamic";

const query = z.object({ definition: definitionParam, format: formatParam });

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
