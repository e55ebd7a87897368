import { z } from "zod";
import { monthSchema } from "@/lib/core/schemas";
import { DEFAULT_DEFINITION_ID, loadDefinitions } from "@/lib/geo/definitions";

/**
 * The view state of `/`, carried in the URL — one typed object with pure parse/serialize used by
 * the server (first render) and the browser (every change, back/forward). Parameter names are
 * constants; defaults are left out of the URL; an invalid value falls back to its default with
 * a notice for the reader. Framework-free so tests and both runtimes share it.
 */
export const PARAM = {
  month: "m",
  definition: "gs",
  layers: "l",
  compare: "cmp",
  country: "c",
  lat: "lat",
  lon: "lon",
  zoom: "z",
} as const;

/** Links written before lat/lon/z existed carried the view as one `v=lat,lon,zoom`; still read. */
const LEGACY_VIEW = "v";

/** The map's zoom range (components/map/AtlasMap.tsx); zoom moves in quarter steps. */
export const ZOOM = { min: 0.5, max: 8 } as const;

/** Parameters other sites add to links we are given; they are not ours to complain about. */
const FOREIGN_PARAM = /^(utm_[a-z_]+|fbclid|gclid|mc_cid|mc_eid|ref)$/;

export const LAYERS = ["shares", "nodes", "pools"] as const;
export type Layer = (typeof LAYERS)[number];
export type LayerSet = Record<Layer, boolean>;

export interface MapView {
  lat: number;
  lon: number;
  zoom: number;
}

export interface ViewState {
  /** Selected month, or null for "the latest month with data" (follows new data). */
  month: string | null;
  definition: string;
  layers: LayerSet;
  /** Second month shown beside the first, or null. */
  compare: string | null;
  /** ISO 3166-1 alpha-2 of the country whose panel is open, or null. */
  country: string | null;
  /** Map centre and zoom, or null for the default world view. */
  view: MapView | null;
}

/** Months the timeline offers: from the first month with data to the current month. */
export interface Timeline {
  first: string;
  last: string;
}

export interface ParsedView {
  state: ViewState;
  notices: string[];
}

export const DEFAULT_DEFINITION = DEFAULT_DEFINITION_ID;
const DEFINITIONS: readonly string[] = loadDefinitions().map((d) => d.id);
const ALL_LAYERS: LayerSet = { shares: true, nodes: true, pools: true };

export const DEFAULT_STATE: ViewState = {
  month: null,
  definition: DEFAULT_DEFINITION,
  layers: ALL_LAYERS,
  compare: null,
  country: null,
  view: null,
};

const decimal = (limit: number) =>
  z
    .string()
    .regex(/^-?\d{1,3}(\.\d{1,6})?$/)
    .transform(Number)
    .refine((n) => Math.abs(n) <= limit);
const latSchema = decimal(85);
// The map may be panned to ±200° (components/map/AtlasMap.tsx maxBounds) to show Chukotka and
// Fiji whole, east of the antimeridian; such a view must survive a reload.
const lonSchema = decimal(200);
const zoomSchema = z
  .string()
  .regex(/^\d{1,2}(\.\d{1,2})?$/)
  .transform(Number)
  .refine((n) => n >= ZOOM.min && n <= ZOOM.max);

export type RawParams = Record<string, string | string[] | undefined>;

function single(raw: RawParams, key: string): string | undefined {
  const value = raw[key];
  return Array.isArray(value) ? value[0] : value;
}

function parseMonth(value: string, timeline: Timeline | null, what: string, notices: string[]) {
  if (!monthSchema.safeParse(value).success) {
    notices.push(`"${clip(value)}" is not a month (YYYY-MM); showing ${what}.`);
    return null;
  }
  if (!timeline || value < timeline.first || value > timeline.last) {
    notices.push(
      `No data for ${value}: the timeline runs from ${timeline?.first ?? "—"} to ${timeline?.last ?? "—"}; showing ${what}.`,
    );
    return null;
  }
  return value;
}

function parseLayers(value: string, notices: string[]): LayerSet {
  if (value === "none") return { shares: false, nodes: false, pools: false };
  const names = value.split(",");
  const unknown = names.filter((n) => !(LAYERS as readonly string[]).includes(n));
  if (unknown.length > 0) {
    notices.push(`Unknown map layer "${clip(unknown.join(","))}"; showing all layers.`);
    return ALL_LAYERS;
  }
  return {
    shares: names.includes("shares"),
    nodes: names.includes("nodes"),
    pools: names.includes("pools"),
  };
}

const KNOWN_PARAMS: readonly string[] = [...Object.values(PARAM), LEGACY_VIEW];

/**
 * The map view needs all three of lat, lon and z; anything less (or out of range) is the whole
 * world, with a notice saying which part was wrong.
 */
function parseMapView(raw: RawParams, notices: string[]): MapView | null {
  const legacy = single(raw, LEGACY_VIEW)?.split(",");
  const text = {
    lat: single(raw, PARAM.lat) ?? legacy?.[0],
    lon: single(raw, PARAM.lon) ?? legacy?.[1],
    zoom: single(raw, PARAM.zoom) ?? legacy?.[2],
  };
  if (text.lat === undefined && text.lon === undefined && text.zoom === undefined) return null;
  const lat = latSchema.safeParse(text.lat ?? "");
  const lon = lonSchema.safeParse(text.lon ?? "");
  const zoom = zoomSchema.safeParse(text.zoom ?? "");
  const wrong = [
    text.lat !== undefined && !lat.success && `"${clip(text.lat)}" is not a latitude (−85…85)`,
    text.lon !== undefined && !lon.success && `"${clip(text.lon)}" is not a longitude (−200…200)`,
    text.zoom !== undefined &&
      !zoom.success &&
      `"${clip(text.zoom)}" is not a zoom level (${ZOOM.min}…${ZOOM.max})`,
  ].filter((w): w is string => typeof w === "string");
  if (wrong.length > 0) {
    notices.push(`${wrong.join("; ")}; showing the whole world.`);
    return null;
  }
  if (!lat.success || !lon.success || !zoom.success) {
    notices.push("A map view needs lat, lon and z together; showing the whole world.");
    return null;
  }
  return { lat: lat.data, lon: lon.data, zoom: zoom.data };
}

/** Pure: raw query parameters (as Next.js gives them) → state plus notices for what was ignored. */
export function parseViewState(raw: RawParams, timeline: Timeline | null): ParsedView {
  const notices: string[] = [];
  const state: ViewState = { ...DEFAULT_STATE };
  const m = single(raw, PARAM.month);
  if (m !== undefined) state.month = parseMonth(m, timeline, "the latest month", notices);
  const gs = single(raw, PARAM.definition);
  if (gs !== undefined) {
    if (DEFINITIONS.includes(gs)) state.definition = gs;
    else
      notices.push(`Unknown Global South definition "${clip(gs)}"; using ${DEFAULT_DEFINITION}.`);
  }
  const l = single(raw, PARAM.layers);
  if (l !== undefined) state.layers = parseLayers(l, notices);
  const cmp = single(raw, PARAM.compare);
  if (cmp !== undefined) state.compare = parseMonth(cmp, timeline, "no comparison", notices);
  const c = single(raw, PARAM.country);
  if (c !== undefined) {
    if (/^[A-Z]{2}$/.test(c)) state.country = c;
    else
      notices.push(`"${clip(c)}" is not a country code (ISO 3166-1 alpha-2); no country selected.`);
  }
  state.view = parseMapView(raw, notices);
  const unknown = Object.keys(raw).filter(
    (k) => !KNOWN_PARAMS.includes(k) && !FOREIGN_PARAM.test(k),
  );
  if (unknown.length > 0)
    notices.push(
      `Ignored unknown link parameter${unknown.length > 1 ? "s" : ""} ${listed(unknown)}.`,
    );
  return { state, notices };
}

/** Pure: state → query string ("" or "?…"), leaving out every default. */
export function serializeViewState(state: ViewState, latest: string | null = null): string {
  const params = new URLSearchParams();
  if (state.month && state.month !== latest) params.set(PARAM.month, state.month);
  if (state.definition !== DEFAULT_DEFINITION) params.set(PARAM.definition, state.definition);
  const shown = LAYERS.filter((l) => state.layers[l]);
  if (shown.length < LAYERS.length) params.set(PARAM.layers, shown.join(",") || "none");
  if (state.compare) params.set(PARAM.compare, state.compare);
  if (state.country) params.set(PARAM.country, state.country);
  if (state.view) {
    const { lat, lon, zoom } = state.view;
    params.set(PARAM.lat, lat.toFixed(2));
    params.set(PARAM.lon, lon.toFixed(2));
    params.set(PARAM.zoom, String(Math.round(zoom * 4) / 4));
  }
  // Commas are safe in a query; keeping them literal keeps shared links readable.
  const text = params.toString().replaceAll("%2C", ",");
  return text ? `?${text}` : "";
}

/** Same parse the server does, from a browser `location.search` (back/forward navigation). */
export function parseSearch(search: string, timeline: Timeline | null): ParsedView {
  return parseViewState(Object.fromEntries(new URLSearchParams(search)), timeline);
}

/** A few names, quoted and clipped: a link with a thousand junk parameters gets one short notice. */
function listed(names: readonly string[]): string {
  const shown = names.slice(0, 3).map((k) => `"${clip(k)}"`);
  return names.length > 3 ? `${shown.join(", ")} and ${names.length - 3} more` : shown.join(", ");
}

function clip(value: string): string {
  return value.length > 40 ? `${value.slice(0, 40)}…` : value;
}
