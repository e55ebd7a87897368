import { z } from "zod";
import { getStore } from "../../bootstrap/instance";
import { ruleParamsSchema } from "../../monitor/rules";
import { pageAlerts } from "../../store/alerts";
import { alertCursorParam, encodeAlertCursor } from "../alert-cursor";
import { handled } from "../errors";
import { parseQuery } from "../query";

const kinds = ruleParamsSchema.options.map((o) => o.shape.kind.value) as [string, ...string[]];
/** The query this endpoint accepts (docs/api.md is generated from it). */
export const query = z.object({
  limit: z.coerce.number().int().min(1).max(500).default(100),
  kind: z.enum(kinds, { error: `expected one of ${kinds.join(", ")}` }).optional(),
  before: z.iso.datetime({ error: "expected an ISO 8601 UTC time" }).optional(),
  cursor: alertCursorParam.optional(),
});

/** Newest first; `next` continues with `?cursor=` (same `kind`), null on the last page. */
export const GET = handled(async (request) => {
  const { limit, kind, before, cursor } = parseQuery(request.url, query);
  const page = await pageAlerts((await getStore()).db, { limit, kind, before, after: cursor });
  const next = page.next ? encodeAlertCursor(page.next) : null;
  return Response.json(
    { alerts: page.alerts, next },
    { headers: { "Cache-Control": "public, max-age=60" } },
  );
});
