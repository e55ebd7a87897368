import { capacitySeries } from "../analytics/capacity-series";
import {
  capacityByCountry,
  SITE_HORIZON_MONTHS,
  sitesAtMonth,
  toFactView,
  undatedSites,
} from "../analytics/site-state";
import { toSourceRef } from "../analytics/source-ref";
import { currentMonth } from "../core/month";
import type { SiteFact } from "../evidence/site-fact";
import { fromSiteFactRow, SITES_SOURCE_ID } from "../evidence/site-fact";
import { countryName } from "../geo/countries";
import type { SitesResponse } from "../responses/schemas";
import { listSiteFacts } from "../store/evidence";
import type { Db } from "../store/schema";
import { listSources } from "../store/sources";
import { cachedView } from "./view-cache";

/** The response shape, declared once (lib/responses/schemas.ts). */
type UndatedSite = SitesResponse["undated"][number];

/** The response shape, declared once (lib/responses/schemas.ts). */
type SitesView = SitesResponse;

const SITES_WHAT = `Known large mining sites as disclosed: each at the status of its latest dated fact up to the month, with the MW and EH/s that fact states (none carried from an earlier fact). Energized MW are summed per basis (MW used for mining apart from facility capacity) and only for sites reported within ${SITE_HORIZON_MONTHS} months and not of low confidence; announced MW are plans and are never summed; facts without a date are listed, never placed in a month. A map of disclosure, not of hashrate share; coordinates are locality, region or country centroids.`;

/** Undated-only sites, with their facts. */
export function listUndatedSites(facts: readonly SiteFact[]): UndatedSite[] {
  return undatedSites(facts).map((list) => {
    const head = list[0] as SiteFact;
    return {
      id: head.siteId,
      country: head.country,
      name: head.name,
      facts: list.map(toFactView),
    };
  });
}

/** Computed once per data version (view-cache.ts): a large import must not cost it per request. */
export function getSitesView(db: Db, month: string): Promise<SitesView> {
  return cachedView(db, "sites", month, () => computeSitesView(db, month));
}

async function computeSitesView(db: Db, month: string): Promise<SitesView> {
  const [rows, sources] = await Promise.all([listSiteFacts(db), listSources(db)]);
  const facts = rows.map(fromSiteFactRow);
  const sites = sitesAtMonth(facts, month);
  const source = sources.find((s) => s.id === SITES_SOURCE_ID);
  return {
    month,
    horizonMonths: SITE_HORIZON_MONTHS,
    sites,
    undated: listUndatedSites(facts),
    byCountry: capacityByCountry(sites).map((c) => ({ ...c, name: countryName(c.country) })),
    source: source ? toSourceRef(source) : null,
    what: SITES_WHAT,
  };
}

const CAPACITY_WHAT = `Energized capacity disclosed for known sites in the definition's countries, month by month: MW stated as used for mining (energized load) and, apart, facility capacity (an upper bound of the load); sites whose MW is not stated are counted, not summed. Only dated facts count, each with the MW it states; sites last reported over ${SITE_HORIZON_MONTHS} months before a month, and facts of low confidence, are left out. Disclosure, not share: most mining is never announced, and announced MW are plans.`;

/** `GET /api/v1/sites/capacity?definition=`: the bottom-up trend in MW for one Global South definition. */
export function getCapacityView(
  db: Db,
  definition: { id: string; name: string; members: readonly string[] },
  now = new Date(),
) {
  const month = currentMonth(now);
  return cachedView(db, "capacity", `${definition.id}|${month}`, () =>
    computeCapacityView(db, definition, month),
  );
}

async function computeCapacityView(
  db: Db,
  definition: { id: string; name: string; members: readonly string[] },
  month: string,
) {
  const facts = (await listSiteFacts(db)).map(fromSiteFactRow);
  return {
    definition: { id: definition.id, name: definition.name },
    newestMonth: month,
    series: capacitySeries(facts, new Set(definition.members), month),
    what: CAPACITY_WHAT,
  };
}

/**
 * `GET /api/v1/sites/facts`: every stored fact, for the map layer to compute any month's state in
 * the browser (lib/analytics/site-state.ts) — a slider step then needs no request.
 */
export function getSiteFactsView(db: Db, now = new Date()) {
  const month = currentMonth(now);
  return cachedView(db, "site-facts", month, () => computeSiteFactsView(db, month));
}

async function computeSiteFactsView(db: Db, month: string) {
  const [rows, sources] = await Promise.all([listSiteFacts(db), listSources(db)]);
  const source = sources.find((s) => s.id === SITES_SOURCE_ID);
  return {
    newestMonth: month,
    facts: rows.map(fromSiteFactRow),
    source: source ? toSourceRef(source) : null,
    what: SITES_WHAT,
  };
}
