import { assumptionParams } from "../core/assumption-params";
import { LAYERS, PARAM } from "./keys";
import { DEFAULT_DEFINITION, type ViewState } from "./view-state";

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
  const a = assumptionParams(state.assumptions);
  if (a.eff) params.set(PARAM.efficiency, a.eff);
  if (a.pue) params.set(PARAM.pue, a.pue);
  if (a.win) params.set(PARAM.window, a.win);
  if (state.preferEstimate) params.set(PARAM.estimate, "1");
  // Commas are safe in a query; keeping them literal keeps shared links readable.
  const text = params.toString().replaceAll("%2C", ",");
  return text ? `?${text}` : "";
}
