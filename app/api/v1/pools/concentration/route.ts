import { z } from "zod";
import { getConcentrationView } from "@/lib/queries/concentration-view";
import { csvResponse, toCsv } from "@/lib/api/csv";
import { handled } from "@/lib/api/errors";
import { formatParam } from "@/lib/api/params";
import { parseQuery } from "@/lib/api/query";
import { getStore } from "@/lib/bootstrap/instance";

export const dynamic = "force-dynamic";

const query = z.object({ format: formatParam });

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
