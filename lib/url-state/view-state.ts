import { type Assumptions, DEFAULT_ASSUMPTIONS } from "../core/assumptions";
import { DEFAULT_DEFINITION_ID } from "../geo/definition-ids";
import type { LAYERS } from "./keys";

/** The view state of `/`: one typed object, carried in the URL (parse.ts, serialize.ts). */

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
  /** The evidence model's assumptions (`eff`, `pue`, `win`); defaults left out of the URL. */
  assumptions: Assumptions;
  /**
   * `est=1`: show the estimated range even in a month with a measured or reported source (one
   * switch away); a month without one shows the estimate whatever this says.
   */
  preferEstimate: boolean;
}

/** Months the timeline offers: from the first month with data to the current month. */
export interface Timeline {
  first: string;
  last: string;
  /** The newest month with data, which a link without a valid month shows (named in notices). */
  latest?: string;
}

export interface ParsedView {
  state: ViewState;
  notices: string[];
}

/** Query parameters as Next.js gives them. */
export type RawParams = Record<string, string | string[] | undefined>;

/** The map's zoom range (components/map/AtlasMap.tsx); zoom moves in quarter steps. */
export const ZOOM = { min: 0.5, max: 8 } as const;

export const DEFAULT_DEFINITION = DEFAULT_DEFINITION_ID;

export const ALL_LAYERS: LayerSet = { shares: true, nodes: true, pools: true, sites: true };

export const DEFAULT_STATE: ViewState = {
  month: null,
  definition: DEFAULT_DEFINITION,
  layers: ALL_LAYERS,
  compare: null,
  country: null,
  view: null,
  assumptions: DEFAULT_ASSUMPTIONS,
  preferEstimate: false,
};
