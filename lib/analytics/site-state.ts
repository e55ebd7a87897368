/**
 * A known mining site's state at a month, from its dated facts (pure, browser-safe):
 * - a site appears from its first dated fact, or from `first_energized` when a fact gives it (a
 *   site energized in 2022 is on the map from 2022), with the status of its latest fact up to then;
 * - a fact's MW and EH/s are what that fact states, nothing carried from an earlier fact: an
 *   energized fact that states no MW is "MW not stated", and a plan's MW stays with the plan;
 * - undated facts are never placed in any month: they are listed apart, "date not known";
 * - a site with no fact in the last SITE_HORIZON_MONTHS is shown as last reported, and leaves the
 *   month's totals; so does a site whose current fact is of low confidence (drawn, badged).
 */
import { compareText } from "../core/compare";
import type { MwBasis, SiteConfidence, SiteFact, SiteStatus } from "../evidence/site-fact";

/** A site with no fact in this many months before the month is "last reported", not current. */
export const SITE_HORIZON_MONTHS = 24;

/** Lifecycle order, to order the facts of one month. */
const STAGE: Record<SiteStatus, number> = {
  announced: 0,
  under_construction: 1,
  energized: 2,
  expanded: 3,
  closed: 4,
  sold: 4,
};

interface SiteFactView {
  status: SiteStatus;
  /** YYYY-MM, or null: the source gives no date. */
  asOf: string | null;
  capacityMw: number | null;
  /** What `capacityMw` measures; null when no MW is stated. */
  mwBasis: MwBasis | null;
  hashrateEhs: number | null;
  confidence: SiteConfidence;
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
  /** The month of the fact that gives the status (or of `first_energized`). */
  asOf: string;
  /** The MW the status fact states, with its basis; null: that fact states none. */
  capacityMw: number | null;
  mwBasis: MwBasis | null;
  /** The EH/s the status fact states; null: it states none. */
  hashrateEhs: number | null;
  confidence: SiteConfidence;
  /** The newest month any fact of the site is dated to, up to the month. */
  lastReported: string;
  /** No fact within SITE_HORIZON_MONTHS: shown faded as "last reported", out of the totals. */
  stale: boolean;
  /** Counted in the month's totals: current and not of low confidence. */
  counted: boolean;
  /** The facts dated up to the month, oldest first. */
  facts: SiteFactView[];
  /** Facts whose source gives no date: listed, never placed in a month. */
  undated: SiteFactView[];
  /** Where the status comes from. */
  source: SiteFactView["source"];
}

interface Dated {
  fact: SiteFact;
  month: string;
  /** True for the "energized" that `first_energized` places before the fact that states it. */
  derived: boolean;
}

/** A fact as the API and the pages show it. */
export function toFactView(f: SiteFact): SiteFactView {
  return {
    status: f.status,
    asOf: f.asOf,
    capacityMw: f.capacityMw,
    mwBasis: f.mwBasis,
    hashrateEhs: f.hashrateEhs,
    confidence: f.confidence,
    source: { url: f.sourceUrl, kind: f.sourceKind, date: f.sourceDate },
    note: f.note,
  };
}

/** Every dated fact, and an "energized from" entry where `first_energized` comes before its fact. */
function timeline(facts: readonly SiteFact[]): Dated[] {
  const out: Dated[] = [];
  for (const fact of facts) {
    if (fact.asOf !== null) out.push({ fact, month: fact.asOf, derived: false });
    const from = fact.firstEnergized;
    if (from !== null && (fact.asOf === null || from < fact.asOf))
      out.push({ fact, month: from, derived: true });
  }
  return out.sort(
    (a, b) =>
      compareText(a.month, b.month) ||
      stage(a) - stage(b) ||
      Number(b.derived) - Number(a.derived) ||
      a.fact.line - b.fact.line,
  );
}

const stage = (d: Dated) => (d.derived ? STAGE.energized : STAGE[d.fact.status]);

const PRECISION_RANK = { locality: 0, region: 1, country: 2 } as const;

/**
 * The fact that names and places the site: the most precisely located one (a site does not move
 * between facts; a plan read off a country page may only know the country), the latest dated
 * among equals.
 */
function describing(facts: readonly SiteFact[], known: readonly Dated[]): SiteFact {
  const order = new Map(known.map((d, i) => [d.fact, i]));
  return [...facts].sort(
    (a, b) =>
      PRECISION_RANK[a.precision] - PRECISION_RANK[b.precision] ||
      (order.get(b) ?? -1) - (order.get(a) ?? -1) ||
      b.line - a.line,
  )[0] as SiteFact;
}

/** Months from `from` to `to` (YYYY-MM each). */
function monthsBetween(from: string, to: string): number {
  const [fy, fm] = from.split("-").map(Number) as [number, number];
  const [ty, tm] = to.split("-").map(Number) as [number, number];
  return (ty - fy) * 12 + (tm - fm);
}

/** One site's state at `month`, or null when no dated fact places it there yet. */
export function siteAtMonth(facts: readonly SiteFact[], month: string): SiteState | null {
  const known = timeline(facts).filter((d) => d.month <= month);
  const current = known.at(-1);
  if (!current) return null;
  const { fact } = current;
  const status: SiteStatus = current.derived ? "energized" : fact.status;
  // Stale when no fact lies in the SITE_HORIZON_MONTHS months before this one (or in it).
  const stale = monthsBetween(current.month, month) > SITE_HORIZON_MONTHS;
  const head = describing(facts, known);
  return {
    id: head.siteId,
    operator: head.operator,
    name: head.name,
    country: head.country,
    locality: head.locality,
    lat: head.lat,
    lon: head.lon,
    precision: head.precision,
    status,
    asOf: current.month,
    // The derived "energized from" states no MW: the fact's MW belongs to the fact's own date.
    capacityMw: current.derived ? null : fact.capacityMw,
    mwBasis: current.derived ? null : fact.mwBasis,
    hashrateEhs: current.derived ? null : fact.hashrateEhs,
    confidence: fact.confidence,
    lastReported: current.month,
    stale,
    counted: !stale && fact.confidence !== "low",
    facts: known.filter((d) => !d.derived).map((d) => toFactView(d.fact)),
    undated: facts
      .filter((f) => f.asOf === null)
      .sort((a, b) => a.line - b.line)
      .map(toFactView),
    source: toFactView(fact).source,
  };
}

/** Every site present at `month`, by country then name. */
export function sitesAtMonth(facts: readonly SiteFact[], month: string): SiteState[] {
  return [...bySite(facts).values()]
    .map((list) => siteAtMonth(list, month))
    .filter((s): s is SiteState => s !== null)
    .sort((a, b) => compareText(a.country, b.country) || compareText(a.name, b.name));
}

/** Facts grouped by site, in file order. */
function bySite(facts: readonly SiteFact[]): Map<string, SiteFact[]> {
  const out = new Map<string, SiteFact[]>();
  for (const f of facts) out.set(f.siteId, [...(out.get(f.siteId) ?? []), f]);
  return out;
}

/** Sites none of whose facts is dated: listed as "date not known", never on the map. */
export function undatedSites(facts: readonly SiteFact[]): SiteFact[][] {
  return [...bySite(facts).values()].filter((list) => list.every((f) => f.asOf === null));
}

/** The first month any site is placed at, or null. */
export function firstSiteMonth(facts: readonly SiteFact[]): string | null {
  return timeline(facts)[0]?.month ?? null;
}

interface CountryCapacity {
  country: string;
  /** Σ MW of counted energized sites whose current fact states MW used for mining (energized_load). */
  energizedMw: number;
  /**
   * Σ MW of counted energized sites whose current fact states facility capacity: an upper bound
   * of their load, never added to `energizedMw`.
   */
  facilityMw: number;
  /** Counted energized sites whose MW is of another basis (contracted, nameplate, unknown): never summed. */
  otherBasis: number;
  /** Counted energized sites whose current fact states no MW. */
  mwNotStated: number;
  /** Counted sites energized (or expanded) at the month. */
  energizedSites: number;
  /** Counted sites announced or under construction (their MW are plans: never summed). */
  plannedSites: number;
  /** Sites counted at the month (current, not of low confidence), whatever their status. */
  sites: number;
  /** Sites present but left out: last reported over SITE_HORIZON_MONTHS ago, or of low confidence. */
  notCounted: number;
}

const ENERGIZED = new Set<SiteStatus>(["energized", "expanded"]);
const PLANNED = new Set<SiteStatus>(["announced", "under_construction"]);

function empty(country: string): CountryCapacity {
  return {
    country,
    energizedMw: 0,
    facilityMw: 0,
    otherBasis: 0,
    mwNotStated: 0,
    energizedSites: 0,
    plannedSites: 0,
    sites: 0,
    notCounted: 0,
  };
}

/** Disclosed capacity per country: energized MW per basis, sites counted; plans never summed. */
export function capacityByCountry(sites: readonly SiteState[]): CountryCapacity[] {
  const out = new Map<string, CountryCapacity>();
  for (const s of sites) {
    const c = out.get(s.country) ?? empty(s.country);
    out.set(s.country, c);
    if (!s.counted) {
      c.notCounted += 1;
      continue;
    }
    c.sites += 1;
    if (PLANNED.has(s.status)) c.plannedSites += 1;
    if (!ENERGIZED.has(s.status)) continue;
    c.energizedSites += 1;
    if (s.capacityMw === null) c.mwNotStated += 1;
    else if (s.mwBasis === "energized_load") c.energizedMw += s.capacityMw;
    else if (s.mwBasis === "facility_capacity") c.facilityMw += s.capacityMw;
    else c.otherBasis += 1;
  }
  return [...out.values()]
    .map((c) => ({ ...c, energizedMw: round(c.energizedMw), facilityMw: round(c.facilityMw) }))
    .sort((a, b) => b.energizedMw - a.energizedMw || compareText(a.country, b.country));
}

function round(mw: number): number {
  return Math.round(mw * 1000) / 1000;
}
