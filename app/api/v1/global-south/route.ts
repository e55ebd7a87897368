import { z } from "zod";
import { getGlobalSouthView } from "@/lib/analytics/global-south";
import { csvResponse, toCsv } from "@/lib/api/csv";
import { handled } from "@/lib/api/errors";
import { formatParam } from "@/lib/api/params";
import { parseQuery } from "@/lib/api/query";
import { DEFAULT_DEFINITION_ID, getDefinition, loadDefinitions } from "@/lib/geo/definitions";
import { getStore } from "@/lib/store/instance";

export const dynamic = "force-dynamic";

const ids = loadDefinitions().map((d) => d.id) as [string, ...string[]];
const query = z.object({
  definition: z
    .enum(ids, { error: `expected one of ${ids.join(", ")}` })
    .default(DEFAULT_DEFINITION_ID),
  format: formatParam,
});

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
