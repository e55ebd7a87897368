import { capacitySeries } from "../analytics/capacity-series";
import {
  type CountryCapacity,
  capacityByCountry,
  type SiteState,
  sitesAtMonth,
} from "../analytics/site-state";
import { type SourceRef, toSourceRef } from "../analytics/source-ref";
import { countryName } from "../geo/countries";
import { fromSiteFactRow, SITES_SOURCE_ID } from "../sources/sites";
import { listSiteFacts } from "../store/evidence";
import type { Db } from "../store/schema";
import { listSources } from "../store/sources";
import { cachedView } from "./view-cache";

/** What `GET /api/v1/sites?month=` serves: the known sites at the month, and MW by country. */
export interface SitesView {
  month: string;
  /** The newest month on the timeline: the only one where undated facts count. */
  newestMonth: string;
  sites: SiteState[];
  byCountry: (CountryCapacity & { name: string })[];
  source: SourceRef | null;
  /** How to read it, for anyone who quotes it. */
  what: string;
}

export const SITES_WHAT =
  "Known large mining sites as disclosed: each at the status of its latest dated fact up to the month, with the latest MW and EH/s stated by then. A map of disclosure, not of hashrate share; coordinates are locality, region or country centroids; announced MW are plans and are never added to energized MW.";

export function getSitesView(db: Db, month: string, now = new Date()): Promise<SitesView> {
  const newestMonth = now.toISOString().slice(0, 7);
  return cachedView(db, "sites", `${month}|${newestMonth}`, () =>
    computeSitesView(db, month, newestMonth),
  );
}

async function computeSitesView(db: Db, month: string, newestMonth: string): Promise<SitesView> {
  const [rows, sources] = await Promise.all([listSiteFacts(db), listSources(db)]);
  const sites = sitesAtMonth(rows.map(fromSiteFactRow), month, newestMonth);
  const source = sources.find((s) => s.id === SITES_SOURCE_ID);
  return {
    month,
    newestMonth,
    sites,
    byCountry: capacityByCountry(sites).map((c) => ({ ...c, name: countryName(c.country) })),
    source: source ? toSourceRef(source) : null,
    what: SITES_WHAT,
  };
}

export const CAPACITY_WHAT =
  "Energized capacity disclosed for known sites in the definition's countries, month by month (each site's latest stated MW at its latest dated status). Disclosure, not share: most mining is never announced, MW mixes contracted, nameplate and energized capacity, and announced MW are plans.";

/** `GET /api/v1/sites/capacity?definition=`: the bottom-up trend in MW for one Global South definition. */
export function getCapacityView(
  db: Db,
  definition: { id: string; name: string; members: readonly string[] },
  now = new Date(),
) {
  const newestMonth = now.toISOString().slice(0, 7);
  return cachedView(db, "capacity", `${definition.id}|${newestMonth}`, () =>
    computeCapacityView(db, definition, newestMonth),
  );
}

async function computeCapacityView(
  db: Db,
  definition: { id: string; name: string; members: readonly string[] },
  newestMonth: string,
) {
  const facts = (await listSiteFacts(db)).map(fromSiteFactRow);
  return {
    definition: { id: definition.id, name: definition.name },
    newestMonth,
    series: capacitySeries(facts, new Set(definition.members), newestMonth),
    what: CAPACITY_WHAT,
  };
}

/**
 * `GET /api/v1/sites/facts`: every stored fact, for the map layer to compute any month's state in
 * the browser (lib/analytics/site-state.ts) — a slider step then needs no request.
 */
export function getSiteFactsView(db: Db, now = new Date()) {
  const newestMonth = now.toISOString().slice(0, 7);
  return cachedView(db, "site-facts", newestMonth, () => computeSiteFactsView(db, newestMonth));
}

async function computeSiteFactsView(db: Db, newestMonth: string) {
  const [rows, sources] = await Promise.all([listSiteFacts(db), listSources(db)]);
  const source = sources.find((s) => s.id === SITES_SOURCE_ID);
  return {
    newestMonth,
    facts: rows.map(fromSiteFactRow),
    source: source ? toSourceRef(source) : null,
    what: SITES_WHAT,
  };
}
