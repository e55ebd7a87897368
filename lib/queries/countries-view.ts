import { monthlySeries } from "../analytics/series";
import { countryName } from "../geo/countries";
import type { CountriesResponse } from "../responses/schemas";
import { listClaims, listRegulatorFigures, listSiteFacts } from "../store/evidence";
import type { Db } from "../store/schema";
import { getAllShares } from "../store/shares";

/** The response shape, declared once (lib/responses/schemas.ts). */
type CountryEvidenceCount = CountriesResponse["countries"][number];

const empty = (country: string): CountryEvidenceCount => ({
  country,
  name: countryName(country),
  namedMonths: 0,
  claims: 0,
  regulatorFigures: 0,
  sites: 0,
  nodeSnapshots: 0,
});

/** `GET /api/v1/countries`: every country any stored evidence is about, by name. */
export async function getCountriesWithEvidence(db: Db): Promise<CountryEvidenceCount[]> {
  const [shares, claims, figures, facts, nodes] = await Promise.all([
    getAllShares(db),
    listClaims(db),
    listRegulatorFigures(db),
    listSiteFacts(db),
    db
      .selectFrom("node_country_counts")
      .select(["country"])
      .select((eb) => eb.fn.count<string | number>("snapshot_id").distinct().as("n"))
      .where("count", ">", 0)
      .groupBy("country")
      .execute(),
  ]);
  const out = new Map<string, CountryEvidenceCount>();
  const of = (country: string) => {
    const c = out.get(country) ?? empty(country);
    out.set(country, c);
    return c;
  };
  for (const month of monthlySeries(shares))
    for (const r of month.rows) if (r.country !== null) of(r.country).namedMonths += 1;
  for (const c of claims) if (c.country !== null) of(c.country).claims += 1;
  for (const f of figures) of(f.country).regulatorFigures += 1;
  for (const site of new Map(facts.map((f) => [f.site_id, f.country])).values())
    of(site).sites += 1;
  for (const n of nodes) of(n.country).nodeSnapshots = Number(n.n);
  return [...out.values()].sort((a, b) => a.name.localeCompare(b.name));
}
