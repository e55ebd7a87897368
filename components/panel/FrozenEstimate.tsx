import { rangeText, regionName } from "@/components/atlas/estimate-text";
import { parseEfficiency, parsePue, parseWindow } from "@/lib/core/assumption-params";
import { type Assumptions, DEFAULT_ASSUMPTIONS } from "@/lib/core/assumptions";
import type { FrozenEstimate } from "@/lib/share/freeze-estimate";
import { EstimatedHeadline } from "./EstimatedHeadline";
import "./estimate-panel.css";

/** The frozen assumptions as the model takes them (written by freezeEstimate, so they parse). */
function frozenAssumptions(a: FrozenEstimate["assumptions"]): Assumptions {
  return {
    efficiency: parseEfficiency(a.eff) ?? DEFAULT_ASSUMPTIONS.efficiency,
    pue: parsePue(a.pue) ?? DEFAULT_ASSUMPTIONS.pue,
    window: parseWindow(a.win) ?? DEFAULT_ASSUMPTIONS.window,
  };
}

/**
 * A snapshot's estimate from evidence, rendered with the live panel's own headline and words:
 * the Global South's range with its assumptions, then every country's range and strongest line.
 */
export function FrozenEstimateView({
  month,
  estimate,
  definition,
}: {
  month: string;
  estimate: FrozenEstimate;
  definition: { name: string };
}) {
  return (
    <section aria-labelledby="frozen-estimate-heading" id="frozen-estimate">
      <h2 id="frozen-estimate-heading" className="sr-only">
        Estimated from evidence
      </h2>
      <EstimatedHeadline
        month={month}
        estimate={estimate}
        gs={estimate.globalSouth}
        assumptions={frozenAssumptions(estimate.assumptions)}
        definition={definition}
      />
      {estimate.countries.length ? (
        <table className="estimate-top" id="frozen-estimate-countries">
          <caption className="small">
            Each country's range estimated from evidence and its strongest line, as frozen.
          </caption>
          <thead>
            <tr>
              <th scope="col">Country</th>
              <th scope="col">Range</th>
              <th scope="col">Strongest evidence</th>
            </tr>
          </thead>
          <tbody>
            {estimate.countries.map((c) => (
              <tr key={c.iso} data-iso={c.iso}>
                <th scope="row">{regionName(c.iso)}</th>
                <td className="num">{rangeText(c)}</td>
                <td className="small">
                  {c.strongest ? (
                    <>
                      {c.strongest.label}: <code>{c.strongest.arithmetic}</code>
                    </>
                  ) : (
                    "—"
                  )}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      ) : (
        <p className="gap">{estimate.reason ?? "No country carries evidence this month."}</p>
      )}
    </section>
  );
}
