import { z } from "zod";
import { DEFAULT_DEFINITION_ID, loadDefinitions } from "../../geo/definitions";
import { handled } from "../errors";
import { parseQuery } from "../query";

/** The query this endpoint accepts (docs/api.md is generated from it). */
export const query = z.object({});

/** Every Global South definition with its source, vintage and the judgement calls it makes. */
export const GET = handled(async (request) => {
  parseQuery(request.url, query);
  const definitions = loadDefinitions().map((d) => ({
    id: d.id,
    name: d.name,
    shortName: d.shortName,
    definedBy: d.definedBy,
    sourceUrl: d.sourceUrl,
    vintage: d.vintage,
    judgementCalls: d.notes,
    memberCount: d.members.length,
    members: d.members,
  }));
  return Response.json(
    { default: DEFAULT_DEFINITION_ID, definitions },
    { headers: { "Cache-Control": "public, max-age=3600" } },
  );
});
