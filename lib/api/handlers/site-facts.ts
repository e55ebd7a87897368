import { z } from "zod";
import { getStore } from "../../bootstrap/instance";
import { currentMonth } from "../../core/month";
import { getSiteFactsView } from "../../queries/sites-view";
import { cachedJson, jsonBytesResponse } from "../../queries/view-cache";
import { handled } from "../errors";
import { parseQuery } from "../query";

/** Every known site's dated facts, for the browser to place them at any month. */
export const GET = handled(async (request) => {
  parseQuery(request.url, z.object({}));
  const { db } = await getStore();
  const month = currentMonth();
  const bytes = await cachedJson(db, "site-facts", month, () => getSiteFactsView(db));
  return jsonBytesResponse(bytes, "public, max-age=60");
});
