import { parseEfficiency, parsePue, parseWindow } from "../core/assumption-params";
import { LIMITS } from "../core/assumptions";
import { formatMonth, MONTH_PATTERN } from "../core/month";
import { DEFINITION_IDS } from "../geo/definition-ids";
import { FOREIGN_PARAM, LAYERS, PARAM, VIEW_PARAMS } from "./keys";
import { migrateLink } from "./migrations";
import {
  ALL_LAYERS,
  DEFAULT_DEFINITION,
  DEFAULT_STATE,
  type LayerSet,
  type MapView,
  NO_LAYERS,
  type ParsedView,
  type RawParams,
  type Timeline,
  type ViewState,
  ZOOM,
} from "./view-state";

/**
 * The URL → the view state, pure, shared by the server (first render) and the browser (every
 * Back/Forward). An invalid value falls back to its default with a notice for the reader; old
 * links are upgraded first (migrations.ts). Plain checks, no schema library: this runs in the
 * page's first-load JavaScript.
 */

const COORDINATE = /^-?\d{1,3}(\.\d{1,6})?$/;
const ZOOM_TEXT = /^\d{1,2}(\.\d{1,2})?$/;

function single(raw: RawParams, key: string): string | undefined {
  const value = raw[key];
  return Array.isArray(value) ? value[0] : value;
}

function clip(value: string): string {
  return value.length > 40 ? `${value.slice(0, 40)}…` : value;
}

/** A few names, quoted and clipped: a link with a thousand junk parameters gets one short notice. */
function listed(names: readonly string[]): string {
  const shown = names.slice(0, 3).map((k) => `"${clip(k)}"`);
  return names.length > 3 ? `${shown.join(", ")} and ${names.length - 3} more` : shown.join(", ");
}

function parseMonth(value: string, timeline: Timeline | null, what: string, notices: string[]) {
  if (!MONTH_PATTERN.test(value)) {
    notices.push(`"${clip(value)}" is not a month (YYYY-MM); showing ${what}.`);
    return null;
  }
  if (!timeline || value < timeline.first || value > timeline.last) {
    const range = timeline
      ? `the timeline runs from ${formatMonth(timeline.first)} to ${formatMonth(timeline.last)}`
      : "there is no timeline yet";
    notices.push(`${formatMonth(value)} (${value}) is out of range: ${range}. Showing ${what}.`);
    return null;
  }
  return value;
}

function parseLayers(value: string, notices: string[]): LayerSet {
  if (value === "none") return NO_LAYERS;
  const names = value.split(",");
  const unknown = names.filter((n) => !(LAYERS as readonly string[]).includes(n));
  if (unknown.length > 0) {
    notices.push(`Unknown map layer "${clip(unknown.join(","))}"; showing all layers.`);
    return ALL_LAYERS;
  }
  return Object.fromEntries(LAYERS.map((l) => [l, names.includes(l)])) as LayerSet;
}

/** A decimal within ±limit, or null. */
function decimal(text: string | undefined, pattern: RegExp, min: number, max: number) {
  if (text === undefined || !pattern.test(text)) return null;
  const n = Number(text);
  return n >= min && n <= max ? n : null;
}

/**
 * The map view needs all three of lat, lon and z; anything less (or out of range) is the whole
 * world, with a notice saying which part was wrong.
 */
function parseMapView(raw: RawParams, notices: string[]): MapView | null {
  const text = {
    lat: single(raw, PARAM.lat),
    lon: single(raw, PARAM.lon),
    zoom: single(raw, PARAM.zoom),
  };
  if (text.lat === undefined && text.lon === undefined && text.zoom === undefined) return null;
  const lat = decimal(text.lat, COORDINATE, -85, 85);
  // The map may be panned to ±200° (AtlasMap's maxBounds) to show Chukotka and Fiji whole,
  // east of the antimeridian; such a view must survive a reload.
  const lon = decimal(text.lon, COORDINATE, -200, 200);
  const zoom = decimal(text.zoom, ZOOM_TEXT, ZOOM.min, ZOOM.max);
  const wrong = [
    text.lat !== undefined && lat === null && `"${clip(text.lat)}" is not a latitude (−85…85)`,
    text.lon !== undefined && lon === null && `"${clip(text.lon)}" is not a longitude (−200…200)`,
    text.zoom !== undefined &&
      zoom === null &&
      `"${clip(text.zoom)}" is not a zoom level (${ZOOM.min}…${ZOOM.max})`,
  ].filter((w): w is string => typeof w === "string");
  if (wrong.length > 0) {
    notices.push(`${wrong.join("; ")}; showing the whole world.`);
    return null;
  }
  if (lat === null || lon === null || zoom === null) {
    notices.push("A map view needs lat, lon and z together; showing the whole world.");
    return null;
  }
  return { lat, lon, zoom };
}

/** The evidence model's assumptions; each bad one falls back to its default with a notice. */
function parseAssumptions(raw: RawParams, notices: string[]): ViewState["assumptions"] {
  const a = { ...DEFAULT_STATE.assumptions };
  const eff = single(raw, PARAM.efficiency);
  if (eff !== undefined) {
    const v = parseEfficiency(eff);
    if (v) a.efficiency = v;
    else
      notices.push(
        `"${clip(eff)}" is not an efficiency band (e.g. eff=20-40 J/TH within ${LIMITS.efficiency.join("–")}, or central25); using CBECI's bounds.`,
      );
  }
  const pue = single(raw, PARAM.pue);
  if (pue !== undefined) {
    const v = parsePue(pue);
    if (v) a.pue = v;
    else notices.push(`"${clip(pue)}" is not a PUE band (e.g. pue=1.05-1.1); using 1.01–1.2.`);
  }
  const win = single(raw, PARAM.window);
  if (win !== undefined) {
    const v = parseWindow(win);
    if (v !== null) a.window = v;
    else notices.push(`"${clip(win)}" is not a window in months (0–24); using 3.`);
  }
  return a;
}

/** Pure: raw query parameters (as Next.js gives them) → state plus notices for what was ignored. */
export function parseViewState(given: RawParams, timeline: Timeline | null): ParsedView {
  const raw = migrateLink(given);
  const notices: string[] = [];
  const state: ViewState = { ...DEFAULT_STATE };
  const m = single(raw, PARAM.month);
  if (m !== undefined)
    state.month = parseMonth(
      m,
      timeline,
      `the newest month with data instead${timeline?.latest ? `: ${formatMonth(timeline.latest)}` : ""}`,
      notices,
    );
  const gs = single(raw, PARAM.definition);
  if (gs !== undefined) {
    if (DEFINITION_IDS.includes(gs)) state.definition = gs;
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
  state.assumptions = parseAssumptions(raw, notices);
  const est = single(raw, PARAM.estimate);
  if (est !== undefined) {
    if (est === "1") state.preferEstimate = true;
    else notices.push(`"${clip(est)}" is not a switch (est=1 shows the estimate); not shown.`);
  }
  const unknown = Object.keys(raw).filter(
    (k) => !VIEW_PARAMS.includes(k) && !FOREIGN_PARAM.test(k),
  );
  if (unknown.length > 0)
    notices.push(
      `Ignored unknown link parameter${unknown.length > 1 ? "s" : ""} ${listed(unknown)}.`,
    );
  return { state, notices };
}

/** Same parse the server does, from a browser `location.search` (back/forward navigation). */
export function parseSearch(search: string, timeline: Timeline | null): ParsedView {
  return parseViewState(Object.fromEntries(new URLSearchParams(search)), timeline);
}
