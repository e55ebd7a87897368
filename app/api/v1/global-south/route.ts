import { z } from "zod";
import { getGlobalSouth, MIN_GLOBAL_SOUTH_COVERAGE } from "@/lib/analytics/global-south";
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
  const { series, insufficient } = await getGlobalSouth((await getStore()).db, definition);
  if (format === "csv") {
    const rows = series.map((p) => [
      p.month,
      definition.id,
      p.share,
      p.coverage,
      p.method,
      p.source,
    ]);
    return csvResponse(
      toCsv(["month", "definition", "share", "coverage", "method", "source"], rows),
      `global-south-${definition.id}.csv`,
    );
  }
  return Response.json(
    {
      definition: {
        id: definition.id,
        name: definition.name,
        source: definition.sourceUrl,
        definedBy: definition.definedBy,
      },
      series,
      minCoverage: MIN_GLOBAL_SOUTH_COVERAGE,
      insufficient,
    },
    { headers: { "Cache-Control": "public, max-age=60" } },
  );
});
