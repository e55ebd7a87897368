import { z } from "zod";
import { OUTSIDE_REASONS } from "../../analytics/estimate/validation";
import { getStore } from "../../bootstrap/instance";
import { describeAssumptions } from "../../core/assumption-params";
import { getValidation } from "../../queries/estimates-view";
import type { EstimateValidationResponse } from "../../responses/schemas";
import { handled } from "../errors";
import { assumptionParams, assumptionsOf } from "../estimate-params";
import { parseQuery } from "../query";

/** The query this endpoint accepts (docs/api.md is generated from it). */
export const query = z.object(assumptionParams);

/**
 * GET /api/v1/estimates/validation[?eff=&pue=&win=]: every country-month with an estimated range
 * and a measured share, a reported share or a medium-confidence published figure; inside,
 * outside or conflict, with counts.
 */
export const GET = handled(async (request) => {
  const assumptions = assumptionsOf(parseQuery(request.url, query));
  const { rows, counts } = await getValidation((await getStore()).db, assumptions);
  const body: EstimateValidationResponse = {
    assumptions: describeAssumptions(assumptions),
    counts,
    rows,
    reasons: [...OUTSIDE_REASONS],
  };
  return Response.json(body, { headers: { "Cache-Control": "public, max-age=60" } });
});
