import { z } from "zod";
import { getStore } from "../../bootstrap/instance";
import { getConcentrationView } from "../../queries/concentration-view";
import { csvResponse, toCsv } from "../csv";
import { handled } from "../errors";
import { formatParam } from "../params";
import { parseQuery } from "../query";

/** The query this endpoint accepts (docs/api.md is generated from it). */
export const query = z.object({ format: formatParam });

/** Pool concentration (Nakamoto coefficient, HHI) for every month with pool data. */
export const GET = handled(async (request) => {
  const { format } = parseQuery(request.url, query);
  const view = await getConcentrationView((await getStore()).db);
  if (format === "csv") {
    const rows = view.series.map((p) => [
      p.month,
      p.nakamoto,
      p.hhi,
      p.basis,
      p.periodStart,
      p.periodEnd,
      p.periods,
      p.blocks,
      p.source,
      p.coverage,
      p.pools,
    ]);
    return csvResponse(
      toCsv(
        [
          "month",
          "nakamoto",
          "hhi",
          "basis",
          "period_start",
          "period_end",
          "periods",
          "blocks",
          "source",
          "coverage",
          "pools",
        ],
        rows,
      ),
      "pool-concentration.csv",
    );
  }
  return Response.json(view, { headers: { "Cache-Control": "public, max-age=60" } });
});
