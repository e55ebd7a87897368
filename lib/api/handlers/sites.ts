import { z } from "zod";
import { getStore } from "../../bootstrap/instance";
import { currentMonth } from "../../core/month";
import { getSitesView } from "../../queries/sites-view";
import { cachedJson, jsonBytesResponse } from "../../queries/view-cache";
import { csvResponse, toCsv } from "../csv";
import { ApiError, handled } from "../errors";
import { formatParam, monthParam } from "../params";
import { parseQuery } from "../query";

/** The query this endpoint accepts (docs/api.md is generated from it). */
export const query = z.object({ month: monthParam, format: formatParam });

const HEADER = [
  "month",
  "id",
  "operator",
  "name",
  "country",
  "locality",
  "lat",
  "lon",
  "precision",
  "status",
  "as_of",
  "capacity_mw",
  "mw_basis",
  "hashrate_ehs",
  "confidence",
  "last_reported",
  "counted_in_totals",
  "source_url",
  "source_kind",
  "source_date",
];

/** Known mining sites at a month: status, disclosed MW and EH/s, facts and sources. */
export const GET = handled(async (request) => {
  const { month, format } = parseQuery(request.url, query);
  if (month > currentMonth()) throw new ApiError(404, "not_found", `${month} is in the future.`);
  const { db } = await getStore();
  if (format !== "csv") {
    const bytes = await cachedJson(db, "sites", month, () => getSitesView(db, month));
    return jsonBytesResponse(bytes, "public, max-age=60");
  }
  const view = await getSitesView(db, month);
  const rows = view.sites.map((s) => [
    month,
    s.id,
    s.operator,
    s.name,
    s.country,
    s.locality,
    s.lat,
    s.lon,
    s.precision,
    s.status,
    s.asOf,
    s.capacityMw,
    s.mwBasis,
    s.hashrateEhs,
    s.confidence,
    s.lastReported,
    s.counted ? "yes" : "no",
    s.source.url,
    s.source.kind,
    s.source.date,
  ]);
  return csvResponse(toCsv(HEADER, rows), `mining-sites-${month}.csv`);
});
