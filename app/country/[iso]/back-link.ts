import { parseSearch } from "@/lib/url-state/parse";
import { serializeViewState } from "@/lib/url-state/serialize";

/**
 * The map view a country page was opened from (`?from=` holds that view's query string), with
 * this country selected: the back link returns to the same month, comparison, definition, layers
 * and map position. Parsed and rewritten by the view's own module, so only view parameters pass.
 */
export function backToMap(iso2: string, from: string | undefined): string {
  // Any month passes here; the map page checks the month against its timeline again.
  const { state } = parseSearch(from ?? "", { first: "2009-01", last: "2999-12" });
  return `/${serializeViewState({ ...state, country: iso2 })}`;
}
