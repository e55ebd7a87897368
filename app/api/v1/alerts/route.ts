import { z } from "zod";
import { handled } from "@/lib/api/errors";
import { parseQuery } from "@/lib/api/query";
import { ruleParamsSchema } from "@/lib/monitor/rules";
import { listAlerts } from "@/lib/store/alerts";
import { getStore } from "@/lib/store/instance";

export const dynamic = "force-dynamic";

const kinds = ruleParamsSchema.options.map((o) => o.shape.kind.value) as [string, ...string[]];
const query = z.object({
  limit: z.coerce.number().int().min(1).max(500).default(100),
  kind: z.enum(kinds, { error: `expected one of ${kinds.join(", ")}` }).optional(),
  before: z.iso.datetime({ error: "expected an ISO 8601 UTC time" }).optional(),
});

export const GET = handled(async (request) => {
  const { limit, kind, before } = parseQuery(request.url, query);
  const alerts = await listAlerts((await getStore()).db, { limit, kind, before });
  return Response.json({ alerts }, { headers: { "Cache-Control": "public, max-age=60" } });
});
