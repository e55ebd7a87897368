import { countryName } from "../geo/countries";
import { fromSiteFactRow, SITES_SOURCE_ID } from "../sources/sites";
import { listSiteFacts } from "../store/evidence";
import type { Db } from "../store/schema";
import { listSources } from "../store/sources";
import {
  type CountryCapacity,
  capacityByCountry,
  type SiteState,
  sitesAtMonth,
} from "./site-state";
import { type SourceRef, toSourceRef } from "./source-ref";

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

export async function getSitesView(db: Db, month: string, now = new Date()): Promise<SitesView> {
  const newestMonth = now.toISOString().slice(0, 7);
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
