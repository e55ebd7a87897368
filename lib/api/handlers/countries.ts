import { z } from "zod";
import { getStore } from "../../bootstrap/instance";
import { getCountriesWithEvidence } from "../../queries/countries-view";
import { handled } from "../errors";
import { parseQuery } from "../query";

/** GET /api/v1/countries: the countries with any evidence, with a count of each kind. */
export const GET = handled(async (request) => {
  parseQuery(request.url, z.object({}));
  const countries = await getCountriesWithEvidence((await getStore()).db);
  return Response.json(
    {
      countries,
      what: "Every country any stored evidence is about: months of the share series that name it, published claims, utilities' and regulators' figures, known mining sites, node snapshots. A count of evidence, not a share of hashrate.",
    },
    { headers: { "Cache-Control": "public, max-age=60" } },
  );
});
