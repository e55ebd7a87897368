import type { PathOptions } from "leaflet";
import type { CountryShare } from "@/lib/analytics/view-shape";
import { GLOBAL_SOUTH_OUTLINE, shareColour } from "./colour";

/** What the choropleth's look depends on; a slider step changes only `shares`. */
export interface ChoroplethInput {
  /** The month's named countries, or null when the month is a gap. */
  shares: ReadonlyMap<string, CountryShare> | null;
  members: ReadonlySet<string>;
  /** "Hashrate share" layer on; when off the basemap stays, uncoloured. */
  visible: boolean;
  selected: string | null;
}

const HIDDEN_FILL = "#eef1f5";
/** The estimated method's colour (--estimated in app/globals.css). */
export const ESTIMATE_OUTLINE = "#762a83";

/** Style for one country; pure, so the restyle loop and the tests agree on it. */
export function countryStyle(iso2: string | null, input: ChoroplethInput): PathOptions {
  const share = iso2 && input.shares ? (input.shares.get(iso2) ?? null) : null;
  const member = iso2 !== null && input.members.has(iso2);
  const selected = iso2 !== null && iso2 === input.selected;
  if (input.visible && share?.estimate) {
    // An estimated range: outlined in the estimate's colour, dashed, and filled by its lower
    // bound — a range is never drawn as if it were a published share.
    return {
      fillColor: share.estimate.low === null ? HIDDEN_FILL : shareColour(share.estimate.low),
      fillOpacity: 1,
      color: selected ? "#111827" : ESTIMATE_OUTLINE,
      weight: selected ? 2.5 : 1.6,
      dashArray: "4 2",
    };
  }
  return {
    fillColor: input.visible ? shareColour(share?.share ?? null) : HIDDEN_FILL,
    fillOpacity: 1,
    color: selected ? "#111827" : member ? GLOBAL_SOUTH_OUTLINE : "#ffffff",
    weight: selected ? 2.5 : member ? 1.3 : 0.6,
    // CCAF's asterisk (possible VPN/proxy relocation): dashed, so the flag survives greyscale.
    dashArray: input.visible && share?.flagged ? "3 3" : undefined,
  };
}
