/**
 * A known mining site's state at a month, from its dated facts (pure, browser-safe):
 * - a site appears from its first dated fact, with the status of its latest dated fact at or
 *   before the month (a closed or sold site shows as such from that date on);
 * - each measure (MW, EH/s) is the latest value stated at or before the month, so a site whose
 *   newest fact gives only EH/s still carries the MW stated earlier;
 * - undated facts are never back-dated: they are on the site's card in every month it appears,
 *   and count only in the newest month, marked "date unknown".
 */
import type { SiteFact, SiteStatus } from "../sources/sites/fact";

/** Lifecycle order, to order facts of one month and to weigh undated ones in the newest month. */
const STAGE: Record<SiteStatus, number> = {
  announced: 0,
  under_construction: 1,
  energized: 2,
  expanded: 3,
  closed: 4,
  sold: 4,
};

export interface SiteFactView {
  status: SiteStatus;
  /** YYYY-MM, or null: the source gives no date. */
  asOf: string | null;
  capacityMw: number | null;
  hashrateEhs: number | null;
  source: { url: string; kind: string; date: string | null };
  note: string;
}

export interface SiteState {
  id: string;
  operator: string;
  name: string;
  country: string;
  locality: string;
  lat: number;
  lon: number;
  precision: SiteFact["precision"];
  status: SiteStatus;
  /** The month of the fact that gives the status; null when that fact is undated. */
  asOf: string | null;
  capacityMw: number | null;
  hashrateEhs: number | null;
  /** The facts known at the month (dated up to it, and every undated one), oldest first. */
  facts: SiteFactView[];
  /** Where the status comes from. */
  source: SiteFactView["source"];
}

const byDate = (a: SiteFact, b: SiteFact) =>
  (a.asOf ?? "").localeCompare(b.asOf ?? "") ||
  STAGE[a.status] - STAGE[b.status] ||
  a.line - b.line;

function view(f: SiteFact): SiteFactView {
  return {
    status: f.status,
    asOf: f.asOf,
    capacityMw: f.capacityMw,
    hashrateEhs: f.hashrateEhs,
    source: { url: f.sourceUrl, kind: f.sourceKind, date: f.sourceDate },
    note: f.note,
  };
}

/** The latest value of a measure among facts in date order, or null if none states it. */
function latest(facts: readonly SiteFact[], pick: (f: SiteFact) => number | null): number | null {
  for (let i = facts.length - 1; i >= 0; i -= 1) {
    const value = pick(facts[i] as SiteFact);
    if (value !== null) return value;
  }
  return null;
}

/** One site's state at `month`, or null when no fact places it there yet. */
export function siteAtMonth(
  facts: readonly SiteFact[],
  month: string,
  newestMonth: string,
): SiteState | null {
  const dated = facts.filter((f) => f.asOf !== null && f.asOf <= month).sort(byDate);
  const undated = facts.filter((f) => f.asOf === null).sort((a, b) => a.line - b.line);
  const newest = month >= newestMonth;
  let status = dated.at(-1);
  if (newest) {
    // An undated fact further along the lifecycle (e.g. "energized" after a dated
    // "under construction") is the best the newest month can say, with its date unknown.
    for (const f of undated) if (!status || STAGE[f.status] > STAGE[status.status]) status = f;
  }
  if (!status) return null;
  const counted = newest ? [...undated, ...dated] : dated;
  const head = dated.at(-1) ?? status;
  return {
    id: head.siteId,
    operator: head.operator,
    name: head.name,
    country: head.country,
    locality: head.locality,
    lat: head.lat,
    lon: head.lon,
    precision: head.precision,
    status: status.status,
    asOf: status.asOf,
    capacityMw: latest(counted, (f) => f.capacityMw),
    hashrateEhs: latest(counted, (f) => f.hashrateEhs),
    facts: [...dated, ...undated].map(view),
    source: view(status).source,
  };
}

/** Every site present at `month`, by country then name. */
export function sitesAtMonth(
  facts: readonly SiteFact[],
  month: string,
  newestMonth: string,
): SiteState[] {
  const bySite = new Map<string, SiteFact[]>();
  for (const f of facts) bySite.set(f.siteId, [...(bySite.get(f.siteId) ?? []), f]);
  return [...bySite.values()]
    .map((list) => siteAtMonth(list, month, newestMonth))
    .filter((s): s is SiteState => s !== null)
    .sort((a, b) => a.country.localeCompare(b.country) || a.name.localeCompare(b.name));
}

export interface CountryCapacity {
  country: string;
  /** Σ latest stated MW of sites energized (or expanded) at the month. */
  energizedMw: number;
  underConstructionMw: number;
  /** Plans, not capacity: never to be added to the others. */
  announcedMw: number;
  /** Sites present at the month, whatever their status (closed and sold included). */
  sites: number;
}

/** Disclosed capacity per country by status; sites without a stated MW add nothing, not zero-MW guesses. */
export function capacityByCountry(sites: readonly SiteState[]): CountryCapacity[] {
  const out = new Map<string, CountryCapacity>();
  for (const s of sites) {
    const c = out.get(s.country) ?? {
      country: s.country,
      energizedMw: 0,
      underConstructionMw: 0,
      announcedMw: 0,
      sites: 0,
    };
    c.sites += 1;
    const mw = s.capacityMw ?? 0;
    if (s.status === "energized" || s.status === "expanded") c.energizedMw += mw;
    else if (s.status === "under_construction") c.underConstructionMw += mw;
    else if (s.status === "announced") c.announcedMw += mw;
    out.set(s.country, c);
  }
  return [...out.values()]
    .map((c) => ({
      ...c,
      energizedMw: round(c.energizedMw),
      underConstructionMw: round(c.underConstructionMw),
      announcedMw: round(c.announcedMw),
    }))
    .sort((a, b) => b.energizedMw - a.energizedMw || a.country.localeCompare(b.country));
}

function round(mw: number): number {
  return Math.round(mw * 1000) / 1000;
}
