import { z } from "zod";
import { getStore } from "../../bootstrap/instance";
import { currentMonth } from "../../core/month";
import { getDefinition } from "../../geo/definitions";
import { getCapacityView } from "../../queries/sites-view";
import { cachedJson, jsonBytesResponse } from "../../queries/view-cache";
import { csvResponse, toCsv } from "../csv";
import { handled } from "../errors";
import { definitionParam, formatParam } from "../params";
import { parseQuery } from "../query";

/** The query this endpoint accepts (docs/api.md is generated from it). */
export const query = z.object({ definition: definitionParam, format: formatParam });

/** Disclosed site capacity (MW) in a Global South definition, month by month. */
export const GET = handled(async (request) => {
  const { definition, format } = parseQuery(request.url, query);
  const { db } = await getStore();
  if (format !== "csv") {
    const key = `${definition}|${currentMonth()}`;
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
    p.facilityMw,
    p.energizedSites,
    p.mwNotStated,
    p.otherBasis,
    p.plannedSites,
    p.sites,
    p.notCounted,
  ]);
  return csvResponse(
    toCsv(
      [
        "month",
        "definition",
        "energized_load_mw",
        "energized_facility_capacity_mw",
        "energized_sites",
        "energized_sites_mw_not_stated",
        "energized_sites_mw_of_other_basis",
        "planned_sites",
        "sites_counted",
        "sites_not_counted",
      ],
      rows,
    ),
    `disclosed-capacity-${definition}.csv`,
  );
});
