import { z } from "zod";
import { getCapacityView } from "@/lib/queries/sites-view";
import { csvResponse, toCsv } from "@/lib/api/csv";
import { handled } from "@/lib/api/errors";
import { definitionParam, formatParam } from "@/lib/api/params";
import { parseQuery } from "@/lib/api/query";
import { getDefinition } from "@/lib/geo/definitions";
import { getStore } from "@/lib/bootstrap/instance";

export const dynamic = "force-dynamic";

const query = z.object({ definition: definitionParam, format: formatParam });

/** Disclosed site capacity (MW) in a Global South definition, month by month. */
export const GET = handled(async (request) => {
  const { definition, format } = parseQuery(request.url, query);
  const view = await getCapacityView((await getStore()).db, getDefinition(definition));
  if (format === "csv") {
    const rows = view.series.map((p) => [
      p.month,
      definition,
      p.energizedMw,
      p.underConstructionMw,
      p.announcedMw,
      p.sites,
    ]);
    return csvResponse(
      toCsv(
        ["month", "definition", "energized_mw", "under_construction_mw", "announced_mw", "sites"],
        rows,
      ),
      `disclosed-capacity-${definition}.csv`,
    );
  }
  return Response.json(view, { headers: { "Cache-Control": "public, max-age=60" } });
});
