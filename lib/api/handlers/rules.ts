import { z } from "zod";
import { getStore } from "../../bootstrap/instance";
import { getDefinition } from "../../geo/definitions";
import { listRules, ruleParamsSchema } from "../../monitor/rules";
import { upsertRule } from "../../store/rules";
import { requireAdmin } from "../admin";
import { readJsonBody } from "../body";
import { ApiError, handled } from "../errors";
import { parseQuery } from "../query";

/** The body POST accepts (docs/api.md is generated from it). */
export const ruleBody = z.object({
  id: z.string().regex(/^[a-z0-9-]{1,64}$/, "lowercase letters, digits and dashes, at most 64"),
  enabled: z.boolean().default(true),
  params: ruleParamsSchema,
});

/** Rules are public to read: they explain why an alert fired. */
export const GET = handled(async (request) => {
  parseQuery(request.url, z.object({}));
  const { db } = await getStore();
  return Response.json(await listRules(db));
});

/** Creates or replaces a rule (admin). */
export const POST = handled(async (request) => {
  await requireAdmin(request);
  const rule = await readJsonBody(request, ruleBody);
  if (rule.params.kind === "global_south_change") {
    try {
      getDefinition(rule.params.definition);
    } catch {
      throw new ApiError(400, "invalid_body", `Unknown definition "${rule.params.definition}".`);
    }
  }
  await upsertRule((await getStore()).db, rule, new Date().toISOString());
  return Response.json({ rule }, { status: 201 });
});
