import { type SiteState, sitesAtMonth } from "@/lib/analytics/site-state";
import { type CountryShare, sharesByCountry } from "@/lib/analytics/view-shape";
import type {
  NodeLocationsResponse,
  NodesResponse,
  PoolsResponse,
  SharesResponse,
  SiteFactsResponse,
} from "@/lib/responses/schemas";

/**
 * The located nodes of one snapshot; `key` names the snapshot (its timestamp). `kind`: a census
 * snapshot, or a curated sample (Bitcoin Core's fixed seeds) drawn when the month has no census —
 * the legend then says it is a sample, not all nodes.
 */
export interface NodeFrame {
  key: string;
  kind: "snapshot" | "sample";
  locations: readonly (readonly [number, number, number])[];
}

/**
 * What every map layer draws for one month. Each part is the data, `null` when the month has
 * none (a gap: nothing is drawn), or `undefined` while it is not known yet (the layer shows
 * nothing of another month meanwhile: it clears or goes neutral until the data arrives).
 */
export interface MonthFrame {
  month: string;
  shares: ReadonlyMap<string, CountryShare> | null | undefined;
  nodes: NodeFrame | null | undefined;
  pools: PoolsResponse | null | undefined;
  /** Known sites at the month, placed from every fact at once (one request for all months). */
  sites: readonly SiteState[] | undefined;
}

/** A layer's way to show a month at once, registered with the slider (components/atlas/slider-link.ts). */
export type ShowFrame = (frame: MonthFrame) => void;

/** The month's shares as the choropleth colours them; `gap`: the month index lists no data. */
export function sharesFrame(
  data: SharesResponse | null | undefined,
  month: string,
  gap: boolean,
): MonthFrame["shares"] {
  if (gap || data === null) return null;
  if (data === undefined || data.month !== month) return undefined;
  return sharesByCountry(data.rows);
}

/**
 * The node snapshot a month shows: the summary for the month names the snapshot (the server's
 * rule), and the located nodes must be that very snapshot's — never another month's.
 */
export function nodesFrame(
  summary: NodesResponse | null | undefined,
  located: NodeLocationsResponse | null | undefined,
  month: string,
): MonthFrame["nodes"] {
  if (!summary || summary.month !== month) return undefined;
  const kind = summary.snapshot ? "snapshot" : summary.sample ? "sample" : null;
  const drawn = summary.snapshot ?? summary.sample;
  if (!kind || !drawn) return null;
  // Another month's located nodes serve only if they are the very same snapshot (or sample).
  if (!located || located.locationsOf !== kind) return undefined;
  if ((located.snapshot ?? located.sample)?.timestamp !== drawn.timestamp) return undefined;
  return { key: drawn.timestamp, kind, locations: located.locations };
}

/** The known sites at the month, from all facts; undefined until the facts have loaded. */
export function sitesFrame(
  facts: SiteFactsResponse | null | undefined,
  month: string,
): MonthFrame["sites"] {
  if (!facts) return undefined;
  return sitesAtMonth(facts.facts, month);
}

/** The month's pool data, or undefined while what is at hand belongs to another month. */
export function poolsFrame(data: PoolsResponse | null | undefined, month: string) {
  return data && data.month === month ? data : undefined;
}
