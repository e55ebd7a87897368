import { z } from "zod";
import { MIN_NETWORK_DAYS } from "../../analytics/network-months";
import { getStore } from "../../bootstrap/instance";
import { getNetworkMonths } from "../../queries/estimate-inputs";
import type { NetworkHashrateResponse } from "../../responses/schemas";
import { handled } from "../errors";
import { parseQuery } from "../query";

/** GET /api/v1/network/hashrate: network hashrate per month, with day counts and source. */
export const GET = handled(async (request) => {
  parseQuery(request.url, z.object({}));
  const body: NetworkHashrateResponse = {
    minDays: MIN_NETWORK_DAYS,
    months: await getNetworkMonths((await getStore()).db),
    what: `A month's network hashrate in EH/s is the mean of its daily values (Coin Metrics, CC BY-NC 4.0, to 2026-06-01; later months from the daily values mempool.space reports). A month with fewer than ${MIN_NETWORK_DAYS} days of values has none.`,
  };
  return Response.json(body, { headers: { "Cache-Control": "public, max-age=300" } });
});
