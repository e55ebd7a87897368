import { z } from "zod";
import { getStore } from "../../bootstrap/instance";
import { formatEfficiency } from "../../core/assumption-params";
import { isIso2 } from "../../geo/countries";
import { getDefinition } from "../../geo/definitions";
import { getEstimatesView } from "../../queries/estimates-view";
import type { EstimatesResponse } from "../../responses/schemas";
import { csvResponse, toCsv } from "../csv";
import { handled } from "../errors";
import { assumptionParams, assumptionsOf } from "../estimate-params";
import { countryParam, definitionParam, formatParam, monthParam } from "../params";
import { parseQuery } from "../query";

/** The query this endpoint accepts (docs/api.md is generated from it). */
export const query = z.object({
  month: monthParam,
  country: countryParam.refine(isIso2, "no country has this ISO 3166-1 alpha-2 code").optional(),
  definition: definitionParam,
  format: formatParam,
  ...assumptionParams,
});

/**
 * GET /api/v1/estimates?month=YYYY-MM[&country=ISO][&eff=&pue=&win=]: the estimated range of each
 * country with evidence in the month (method `estimated`, never mixed with measured or reported
 * shares), each evidence line with its arithmetic, and the Global South's range. Shares are
 * fractions.
 */
export const GET = handled(async (request) => {
  const q = parseQuery(request.url, query);
  const assumptions = assumptionsOf(q);
  const definition = getDefinition(q.definition);
  const view = await getEstimatesView((await getStore()).db, q.month, assumptions, definition);
  const { month: m } = view;
  const countries = m.countries
    .filter((c) => !q.country || c.iso === q.country)
    .map((c) => ({
      iso: c.iso,
      low: c.low,
      high: c.high,
      state: c.state,
      strongest: c.strongest,
      evidence: c.lines.map((l) => ({
        source: l.source,
        id: l.id,
        date: l.date,
        role: l.role,
        bound: l.bound,
        label: l.label,
        value: l.value,
        unit: l.unit,
        loadMw: l.loadMw,
        ehs: { low: l.ehs[0], high: l.ehs[1] },
        share: { low: l.share[0], high: l.share[1] },
        arithmetic: l.arithmetic,
        sourceUrl: l.sourceUrl,
      })),
    }));
  const body: EstimatesResponse = {
    month: m.month,
    method: "estimated",
    networkEhs: m.networkEhs,
    networkDays: m.networkDays,
    networkSource: view.network?.source ?? null,
    assumptions: {
      efficiency: {
        choice: formatEfficiency(assumptions.efficiency),
        jPerTh: m.efficiency ? { low: m.efficiency.band[0], high: m.efficiency.band[1] } : null,
        label: m.efficiency?.label ?? null,
        assumed: m.efficiency?.assumed ?? null,
      },
      pue: { low: assumptions.pue[0], high: assumptions.pue[1] },
      window: assumptions.window,
      description: view.assumptions,
    },
    reason: m.reason,
    countries,
    globalSouth: view.globalSouth,
  };
  if (q.format === "csv")
    return csvResponse(
      toCsv(
        [
          "month",
          "country",
          "low",
          "high",
          "state",
          "source",
          "id",
          "date",
          "role",
          "bound",
          "arithmetic",
          "assumptions",
        ],
        countries.flatMap((c) =>
          c.evidence.map((e) => [
            m.month,
            c.iso,
            c.low,
            c.high,
            c.state,
            e.source,
            e.id,
            e.date,
            e.role,
            e.bound,
            e.arithmetic,
            [view.assumptions, m.efficiency?.assumed].filter(Boolean).join("; "),
          ]),
        ),
      ),
      `estimates-${m.month}${q.country ? `-${q.country}` : ""}.csv`,
    );
  return Response.json(body, { headers: { "Cache-Control": "public, max-age=60" } });
});
