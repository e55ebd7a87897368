/**
 * How a known site is drawn (pure, so the rules are tested): sized by disclosed MW, styled by
 * status, and never more precise than its coordinates. A locality centroid is a marker; a region
 * or country centroid adds a dotted area around it, so it cannot pass for a pin on a town.
 */
import type { SiteStatus } from "@/lib/evidence/site-fact";

interface SiteMarkerStyle {
  /** Pixel radius of the marker. */
  radius: number;
  color: string;
  weight: number;
  fillColor: string;
  fillOpacity: number;
  dashArray: string | undefined;
  /** Metres around the centroid the site may be anywhere in; null for a locality. */
  areaMetres: number | null;
}

/** Colour-blind-safe hues (Okabe–Ito) for the statuses; closed and sold are grey. */
export const SITE_COLOURS: Record<SiteStatus, string> = {
  energized: "#009e73",
  expanded: "#009e73",
  under_construction: "#e69f00",
  announced: "#0072b2",
  closed: "#8a8f98",
  sold: "#8a8f98",
};

const AREA: Record<"locality" | "region" | "country", number | null> = {
  locality: null,
  // A region centroid: the site is within a province or department, roughly.
  region: 150_000,
  // A country centroid: the site is somewhere in the country.
  country: 400_000,
};

/** 4 px for a site with no stated MW, growing with the square root of MW (area ∝ MW). */
export function siteRadius(capacityMw: number | null): number {
  return 4 + Math.sqrt(Math.max(0, capacityMw ?? 0)) * 0.9;
}

/** Below this zoom the map shows the whole world: a disc there would hide a small country's fill. */
export const WORLD_ZOOM_BELOW = 4;

/** At world zoom a marker is a ring at most this many pixels across its radius. */
const WORLD_MAX_RADIUS = 6;

interface SiteLook {
  status: SiteStatus;
  capacityMw: number | null;
  precision: "locality" | "region" | "country";
  stale?: boolean;
  confidence?: "high" | "medium" | "low";
}

/**
 * A site last reported over the horizon ago is faded; one whose current fact is of low confidence
 * has a dotted outline. Neither is in a total, and the tooltip says why. At world zoom (`world`)
 * every marker is a small unfilled ring in its status colour, so the country it stands in keeps
 * its choropleth colour (Paraguay, the UAE and Oman are smaller than a 100 MW disc there).
 */
export function siteStyle(site: SiteLook, options: { world?: boolean } = {}): SiteMarkerStyle {
  const style = statusStyle(site);
  const faded = site.stale ? { fillOpacity: style.fillOpacity * 0.3, color: "#8a8f98" } : {};
  const dotted =
    site.confidence === "low" ? { dashArray: "1 3", weight: Math.max(style.weight, 2) } : {};
  const looked = { ...style, ...faded, ...dotted };
  if (!options.world) return looked;
  return {
    ...looked,
    radius: Math.min(WORLD_MAX_RADIUS, 3 + (looked.radius - 4) / 2),
    color: site.stale ? "#8a8f98" : looked.fillColor,
    weight: 2,
    fillOpacity: 0,
  };
}

/**
 * Which marker is drawn above which where sites overlap: ended (closed, sold) lowest, then plans
 * (announced, under construction), then running sites (energized, expanded) on top; a faded or
 * low-confidence site under a current one of the same rank; a larger disc under a smaller one,
 * so both can be reached. At Yguazú the grey "sold" fact thus lies under HIVE's energized site.
 */
export function siteRank(site: SiteLook): number {
  const stage = {
    closed: 0,
    sold: 0,
    announced: 1,
    under_construction: 1,
    energized: 2,
    expanded: 2,
  }[site.status];
  const current = site.stale || site.confidence === "low" ? 0 : 1;
  return stage * 2 + current;
}

/** The sites in drawing order, bottom first (see siteRank). */
export function inDrawingOrder<T extends SiteLook>(sites: Iterable<T>): T[] {
  return [...sites].sort(
    (a, b) => siteRank(a) - siteRank(b) || (b.capacityMw ?? 0) - (a.capacityMw ?? 0),
  );
}

function statusStyle(site: {
  status: SiteStatus;
  capacityMw: number | null;
  precision: "locality" | "region" | "country";
}): SiteMarkerStyle {
  const colour = SITE_COLOURS[site.status];
  const base = {
    radius: siteRadius(site.capacityMw),
    color: colour,
    fillColor: colour,
    areaMetres: AREA[site.precision],
  };
  switch (site.status) {
    case "energized":
    case "expanded":
      return { ...base, color: "#ffffff", weight: 1.5, fillOpacity: 0.85, dashArray: undefined };
    case "under_construction":
      return { ...base, weight: 3, fillOpacity: 0, dashArray: undefined };
    case "announced":
      return { ...base, weight: 2, fillOpacity: 0, dashArray: "4 3" };
    case "closed":
    case "sold":
      return { ...base, color: "#5b6577", weight: 1, fillOpacity: 0.5, dashArray: undefined };
  }
}

const STATUS_WORDS: Record<SiteStatus, string> = {
  energized: "energized",
  expanded: "expanded",
  under_construction: "under construction",
  announced: "announced",
  closed: "closed",
  sold: "sold",
};

export function statusWords(status: SiteStatus): string {
  return STATUS_WORDS[status];
}
