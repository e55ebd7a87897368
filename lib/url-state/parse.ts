import { formatMonth } from "../core/month";
import { FOREIGN_PARAM, VIEW_PARAMS } from "./keys";
import { migrateLink } from "./migrations";
import {
  COMPARE,
  COUNTRY,
  clip,
  DEFINITION,
  EFFICIENCY,
  ESTIMATE,
  LAT,
  LAYERS_ROW,
  LON,
  MONTH,
  type ParamRow,
  PUE,
  WINDOW,
  ZOOM_ROW,
} from "./params";
import {
  ALL_LAYERS,
  DEFAULT_DEFINITION,
  DEFAULT_STATE,
  type MapView,
  type ParsedView,
  type RawParams,
  type Timeline,
  type ViewState,
} from "./view-state";

/**
 * The URL → the view state, pure, shared by the server (first render) and the browser (every
 * Back/Forward). Each value is read by its row in params.ts; an invalid one falls back to its
 * default with a notice for the reader; old links are upgraded first (migrations.ts).
 */

function single(raw: RawParams, key: string): string | undefined {
  const value = raw[key];
  return Array.isArray(value) ? value[0] : value;
}

/** A few names, quoted and clipped: a link with a thousand junk parameters gets one short notice. */
function listed(names: readonly string[]): string {
  const shown = names.slice(0, 3).map((k) => `"${clip(k)}"`);
  return names.length > 3 ? `${shown.join(", ")} and ${names.length - 3} more` : shown.join(", ");
}

/**
 * One parameter through its row: absent → undefined; readable → its value; otherwise a notice
 * naming the text, what was expected and what is shown instead, and undefined.
 */
function readParam<T>(
  raw: RawParams,
  row: ParamRow<T>,
  instead: string,
  notices: string[],
): T | undefined {
  const text = single(raw, row.key);
  if (text === undefined) return undefined;
  const read = row.read(text);
  if (read.ok) return read.value;
  notices.push(`${read.problem}; ${instead}.`);
  return undefined;
}

/** A month the timeline offers, or null with a notice. */
function parseMonth(
  raw: RawParams,
  row: ParamRow<string>,
  timeline: Timeline | null,
  what: string,
  notices: string[],
): string | null {
  const month = readParam(raw, row, `showing ${what}`, notices);
  if (month === undefined) return null;
  if (!timeline || month < timeline.first || month > timeline.last) {
    const range = timeline
      ? `the timeline runs from ${formatMonth(timeline.first)} to ${formatMonth(timeline.last)}`
      : "there is no timeline yet";
    notices.push(`${formatMonth(month)} (${month}) is out of range: ${range}. Showing ${what}.`);
    return null;
  }
  return month;
}

/**
 * The map view needs all three of lat, lon and z; anything less (or out of range) is the whole
 * world, with a notice saying which part was wrong.
 */
function parseMapView(raw: RawParams, notices: string[]): MapView | null {
  const given = [LAT, LON, ZOOM_ROW].filter((row) => single(raw, row.key) !== undefined);
  if (given.length === 0) return null;
  const wrong: string[] = [];
  const value = (row: ParamRow<number>): number | null => {
    const text = single(raw, row.key);
    if (text === undefined) return null;
    const read = row.read(text);
    if (read.ok) return read.value;
    wrong.push(read.problem);
    return null;
  };
  const lat = value(LAT);
  const lon = value(LON);
  const zoom = value(ZOOM_ROW);
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

/** Pure: raw query parameters (as Next.js gives them) → state plus notices for what was ignored. */
export function parseViewState(given: RawParams, timeline: Timeline | null): ParsedView {
  const raw = migrateLink(given);
  const notices: string[] = [];
  const defaults = DEFAULT_STATE.assumptions;
  const state: ViewState = {
    month: parseMonth(
      raw,
      MONTH,
      timeline,
      `the newest month with data instead${timeline?.latest ? `: ${formatMonth(timeline.latest)}` : ""}`,
      notices,
    ),
    definition:
      readParam(raw, DEFINITION, `using ${DEFAULT_DEFINITION}`, notices) ?? DEFAULT_DEFINITION,
    layers: readParam(raw, LAYERS_ROW, "showing all layers", notices) ?? ALL_LAYERS,
    compare: parseMonth(raw, COMPARE, timeline, "no comparison", notices),
    country: readParam(raw, COUNTRY, "no country selected", notices) ?? null,
    view: parseMapView(raw, notices),
    assumptions: {
      efficiency:
        readParam(raw, EFFICIENCY, "using CBECI's bounds", notices) ?? defaults.efficiency,
      pue: readParam(raw, PUE, "using 1.01–1.2", notices) ?? defaults.pue,
      window: readParam(raw, WINDOW, `using ${defaults.window}`, notices) ?? defaults.window,
    },
    preferEstimate: readParam(raw, ESTIMATE, "not shown", notices) ?? false,
  };
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
