import { z } from "zod";
import { getStore } from "../../bootstrap/instance";
import { getEstimateInputs } from "../../queries/estimate-inputs";
import type { EstimateEvidenceResponse } from "../../responses/schemas";
import { handled } from "../errors";
import { parseQuery } from "../query";

/**
 * GET /api/v1/estimates/evidence: the evidence model's inputs (figures that can bound a load,
 * listed miners' disclosures, energized site loads, network hashrate by month, CBECI's band).
 * The map computes ranges from it in the browser, so changing an assumption needs no request.
 */
export const GET = handled(async (request) => {
  parseQuery(request.url, z.object({}));
  const inputs = await getEstimateInputs((await getStore()).db);
  const body: EstimateEvidenceResponse = {
    regulator: [...inputs.regulator],
    miners: [...inputs.miners],
    sites: [...inputs.sites],
    network: inputs.network,
    fleet: [...inputs.fleet],
  };
  return Response.json(body, { headers: { "Cache-Control": "public, max-age=300" } });
});
