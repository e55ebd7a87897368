import { parseEfficiency, parsePue, parseWindow } from "../core/assumption-params";
import { LIMITS } from "../core/assumptions";
import { isIso2Shape } from "../core/country-code";
import { MONTH_PATTERN } from "../core/month";
import { DEFINITION_IDS } from "../geo/definition-ids";
import { LAYERS, PARAM } from "./keys";
import { type LayerSet, ZOOM } from "./view-state";

/**
 * The view's parameters, one row each: the name in the URL of `/`, the name the API uses for the
 * same value where it takes one, what it means, and the one reader of its text. The page
 * (parse.ts), the snapshot request (lib/share/snapshot-request.ts), the preview image and the
 * API's shared parameters (lib/api/params.ts, estimate-params.ts) all read through these rows,
 * so a value cannot mean one thing in a link and another in an API call. Plain functions, no
 * schema library: this runs in the page's first-load JavaScript.
 */

/** `problem` names the text and what was expected, e.g. `"2019-13" is not a month (YYYY-MM)`. */
type Read<T> = { ok: true; value: T } | { ok: false; problem: string };

export interface ParamRow<T> {
  /** The parameter's name in the page's URL. */
  key: string;
  /** The API's name for the same value, where an endpoint takes it. */
  api?: string;
  /** What the value means, wherever it is given. */
  what: string;
  /** What the page shows when the link leaves it out. */
  pageDefault: string;
  example: string;
  read: (text: string) => Read<T>;
}

const ok = <T>(value: T): Read<T> => ({ ok: true, value });
const fail = <T>(problem: string): Read<T> => ({ ok: false, problem });

/** A reader's text as quoted back: a link with a long junk value gets a short notice. */
export function clip(value: string): string {
  return value.length > 40 ? `${value.slice(0, 40)}…` : value;
}
const quoted = (text: string) => `"${clip(text)}"`;

const COORDINATE = /^-?\d{1,3}(\.\d{1,6})?$/;
const ZOOM_TEXT = /^\d{1,2}(\.\d{1,2})?$/;

function decimal(text: string, pattern: RegExp, min: number, max: number): number | null {
  if (!pattern.test(text)) return null;
  const n = Number(text);
  return n >= min && n <= max ? n : null;
}

const readMonth = (text: string): Read<string> =>
  MONTH_PATTERN.test(text) ? ok(text) : fail(`${quoted(text)} is not a month (YYYY-MM)`);

export const MONTH: ParamRow<string> = {
  key: PARAM.month,
  api: "month",
  what: "a month as YYYY-MM",
  pageDefault: "the latest month with data, which then follows new data",
  example: "2021-07",
  read: readMonth,
};

export const DEFINITION: ParamRow<string> = {
  key: PARAM.definition,
  api: "definition",
  what: `a Global South definition: ${DEFINITION_IDS.map((d) => `\`${d}\``).join(", ")}`,
  pageDefault: `\`${DEFINITION_IDS[0]}\``,
  example: "unctad-legacy",
  read: (text) =>
    DEFINITION_IDS.includes(text)
      ? ok(text)
      : fail(
          `Unknown Global South definition ${quoted(text)} (one of ${DEFINITION_IDS.join(", ")})`,
        ),
};

export const LAYERS_ROW: ParamRow<LayerSet> = {
  key: PARAM.layers,
  what: `map layers shown: ${LAYERS.map((l) => `\`${l}\``).join(", ")}, or \`none\``,
  pageDefault: "all",
  example: "shares,sites",
  read: (text) => {
    const names = text === "none" ? [] : text.split(",");
    const unknown = names.filter((n) => !(LAYERS as readonly string[]).includes(n));
    if (unknown.length > 0) return fail(`Unknown map layer ${quoted(unknown.join(","))}`);
    return ok(Object.fromEntries(LAYERS.map((l) => [l, names.includes(l)])) as LayerSet);
  },
};

export const COMPARE: ParamRow<string> = {
  key: PARAM.compare,
  what: "a second month shown beside the first",
  pageDefault: "none",
  example: "2019-09",
  read: readMonth,
};

export const COUNTRY: ParamRow<string> = {
  key: PARAM.country,
  api: "country",
  what: "a country as ISO 3166-1 alpha-2 (on the page: the one selected)",
  pageDefault: "none",
  example: "KZ",
  read: (text) =>
    isIso2Shape(text.toUpperCase())
      ? ok(text.toUpperCase())
      : fail(`${quoted(text)} is not a country code (ISO 3166-1 alpha-2, e.g. ET)`),
};

export const LAT: ParamRow<number> = {
  key: PARAM.lat,
  what: "map centre latitude, once moved (with `lon` and `z`)",
  pageDefault: "the whole world",
  example: "45.00",
  read: (text) => {
    const v = decimal(text, COORDINATE, -85, 85);
    return v === null ? fail(`${quoted(text)} is not a latitude (−85…85)`) : ok(v);
  },
};

export const LON: ParamRow<number> = {
  key: PARAM.lon,
  what: "map centre longitude",
  pageDefault: "the whole world",
  example: "60.00",
  // The map may be panned to ±200° (AtlasMap's maxBounds) to show Chukotka and Fiji whole,
  // east of the antimeridian; such a view must survive a reload.
  read: (text) => {
    const v = decimal(text, COORDINATE, -200, 200);
    return v === null ? fail(`${quoted(text)} is not a longitude (−200…200)`) : ok(v);
  },
};

export const ZOOM_ROW: ParamRow<number> = {
  key: PARAM.zoom,
  what: `map zoom, ${ZOOM.min} to ${ZOOM.max} in quarter steps`,
  pageDefault: "the whole world",
  example: "3.5",
  read: (text) => {
    const v = decimal(text, ZOOM_TEXT, ZOOM.min, ZOOM.max);
    return v === null
      ? fail(`${quoted(text)} is not a zoom level (${ZOOM.min}…${ZOOM.max})`)
      : ok(v);
  },
};

const reading =
  <T>(parse: (text: string) => T | null, expected: string) =>
  (text: string): Read<T> => {
    const value = parse(text);
    return value === null ? fail(`${quoted(text)} is not ${expected}`) : ok(value);
  };

export const EFFICIENCY: ParamRow<NonNullable<ReturnType<typeof parseEfficiency>>> = {
  key: PARAM.efficiency,
  api: "eff",
  what: "the estimate's fleet efficiency band in J/TH, or `central25` for CBECI's estimate ± 25 %",
  pageDefault: "CBECI's lower and upper bound of each month",
  example: "20-40",
  read: reading(
    parseEfficiency,
    `an efficiency band (e.g. eff=20-40 J/TH within ${LIMITS.efficiency.join("–")}, cbeci, or central25 for CBECI's estimate ± 25 %)`,
  ),
};

export const PUE: ParamRow<NonNullable<ReturnType<typeof parsePue>>> = {
  key: PARAM.pue,
  api: "pue",
  what: "the estimate's power usage effectiveness band",
  pageDefault: "1.01–1.2",
  example: "1.05-1.1",
  read: reading(parsePue, `a PUE band (e.g. pue=1.05-1.1 within ${LIMITS.pue.join("–")})`),
};

export const WINDOW: ParamRow<number> = {
  key: PARAM.window,
  api: "win",
  what: "months either side a figure holds for in the estimate",
  pageDefault: "3",
  example: "6",
  read: reading(parseWindow, `a window in months (${LIMITS.window.join("–")})`),
};

export const ESTIMATE: ParamRow<true> = {
  key: PARAM.estimate,
  what: "`1` shows the estimate even in a month with a measured or reported source",
  pageDefault: "the measured or reported source where a month has one",
  example: "1",
  read: (text) =>
    text === "1" ? ok(true) : fail(`${quoted(text)} is not a switch (est=1 shows the estimate)`),
};

/** Every row, in the order the URL writes them. */
export const VIEW_PARAMETERS = [
  MONTH,
  DEFINITION,
  LAYERS_ROW,
  COMPARE,
  COUNTRY,
  LAT,
  LON,
  ZOOM_ROW,
  EFFICIENCY,
  PUE,
  WINDOW,
  ESTIMATE,
] as const;
