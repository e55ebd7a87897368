import { z } from "zod";
import { getStore } from "../../bootstrap/instance";
import { getDefinition } from "../../geo/definitions";
import { getCapacityView } from "../../queries/sites-view";
import { cachedJson, jsonBytesResponse } from "../../queries/view-cache";
import { csvResponse, toCsv } from "../csv";
import { handled } from "../errors";
import { definitionParam, formatParam } from "../params";
import { parseQuery } from "../query";

const query = z.object({ definition: definitionParam, format: formatParam });

/** Disclosed site capacity (MW) in a Global South definition, month by month. */
export const GET = handled(async (request) => {
  const { definition, format } = parseQuery(request.url, query);
  const { db } = await getStore();
  if (format !== "csv") {
    const key = `${definition}|${new Date().toISOString().slice(0, 7)}`;
    const bytes = await cachedJson(db, "capacity", key, () =>
      getCapacityView(db, getDefinition(definition)),
    );
    return jsonBytesResponse(bytes, "public, max-age=60");
  }
  const view = await getCapacityView(db, getDefinition(definition));
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
});
