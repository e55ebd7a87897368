import type { Assumptions } from "../analytics/estimate/assumptions";
import { DEFAULT_ASSUMPTIONS } from "../analytics/estimate/assumptions";

export { assumptionParams } from "./params";

/** The assumptions an API query gave, each absent one at its default. */
export function assumptionsOf(q: {
  eff?: Assumptions["efficiency"];
  pue?: Assumptions["pue"];
  win?: number;
}): Assumptions {
  return {
    efficiency: q.eff ?? DEFAULT_ASSUMPTIONS.efficiency,
    pue: q.pue ?? DEFAULT_ASSUMPTIONS.pue,
    window: q.win ?? DEFAULT_ASSUMPTIONS.window,
  };
}
