import { z } from "zod";
import { getGlobalSouth, MIN_GLOBAL_SOUTH_COVERAGE } from "@/lib/analytics/global-south";
import { csvResponse, toCsv } from "@/lib/api/csv";
import { handled } from "@/lib/api/errors";
import { formatParam } from "@/lib/api/params";
import { parseQuery } from "@/lib/api/query";
import { DEFAULT_DEFINITION_ID, getDefinition, loadDefinitions } from "@/lib/geo/definitions";
import { getStore } from "@/lib/store/instance";
import { listSources } from "@/lib/store/sources";

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
  const { db } = await getStore();
  const { series, insufficient } = await getGlobalSouth(db, definition);
  if (format === "csv") {
    const rows = series.map((p) => [
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
  const used = new Set(series.map((p) => p.source));
  const sources = (await listSources(db))
    .filter((s) => used.has(s.id))
    .map((s) => ({ id: s.id, name: s.name, publisher: s.publisher }));
  return Response.json(
    {
      definition: {
        id: definition.id,
        name: definition.name,
        source: definition.sourceUrl,
        definedBy: definition.definedBy,
        vintage: definition.vintage,
      },
      series,
      sources,
      minCoverage: MIN_GLOBAL_SOUTH_COVERAGE,
      insufficient,
    },
    { headers: { "Cache-Control": "public, max-age=60" } },
  );
});
