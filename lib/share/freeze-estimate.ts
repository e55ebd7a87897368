import { formatBand, formatEfficiency } from "../core/assumption-params";
import type { Assumptions } from "../core/assumptions";
import { ESTIMATE_FROM } from "../core/assumptions";
import type { Definition } from "../geo/definition-schema";
import { getEstimatesView } from "../queries/estimates-view";
import type { Db } from "../store/schema";

/**
 * A month's estimate from evidence as a snapshot keeps it: the assumptions as the URL
 * writes them (so the snapshot's id changes with them), the Global South's range or why not, and
 * each country's range with its strongest line — the figures the map's panel showed, frozen.
 */
export async function freezeEstimate(
  db: Db,
  month: string,
  assumptions: Assumptions,
  definition: Definition,
) {
  if (month < ESTIMATE_FROM) return null;
  const view = await getEstimatesView(db, month, assumptions, definition);
  const m = view.month;
  // No network hashrate: nothing was estimated (the live view says why; a snapshot has no figure).
  if (m.networkEhs === null) return null;
  return {
    assumptions: {
      eff: formatEfficiency(assumptions.efficiency),
      pue: formatBand(assumptions.pue),
      win: String(assumptions.window),
    },
    described: view.assumptions,
    networkEhs: m.networkEhs,
    networkDays: m.networkDays,
    efficiency: m.efficiency ? { label: m.efficiency.label, assumed: m.efficiency.assumed } : null,
    reason: m.reason,
    globalSouth: view.globalSouth,
    countries: m.countries.map((c) => {
      const strongest = c.lines.find((l) => l.id === c.strongest);
      return {
        iso: c.iso,
        low: c.low,
        high: c.high,
        state: c.state,
        strongest: strongest ? { label: strongest.label, arithmetic: strongest.arithmetic } : null,
      };
    }),
  };
}

export type FrozenEstimate = NonNullable<Awaited<ReturnType<typeof freezeEstimate>>>;
