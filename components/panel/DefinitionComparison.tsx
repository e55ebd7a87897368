import { memo } from "react";
import { formatRange, groupRange } from "@/lib/analytics/range";
import { coversMonth } from "@/lib/core/coverage";
import { formatMonth } from "@/lib/core/month";
import type { Definition } from "@/lib/geo/definition-schema";
import type { SharesResponse } from "@/lib/responses/schemas";
import "./top-countries.css";

/**
 * The month's Global South range under every shipped definition side by side, so the choice of
 * definition is visible as a number: in July 2021 it runs from 9 % (Kazakhstan apart) to 23 %+.
 */
export const DefinitionComparison = memo(function DefinitionComparison(props: {
  month: string;
  shares: SharesResponse | null;
  definitions: readonly Definition[];
  selected: string;
  onSelect: (id: string) => void;
}) {
  const { shares } = props;
  if (!shares || shares.month !== props.month) return null;
  // Below the coverage threshold no definition gets a figure (the series' own rule).
  const enough = coversMonth(shares.coverage);
  return (
    <section aria-labelledby="definitions-heading">
      <h2 id="definitions-heading">How much the definition matters</h2>
      <table className="shares definitions-compare">
        <caption>
          Global South share of hashrate in {formatMonth(props.month)} under each definition (same
          source and month)
        </caption>
        <thead>
          <tr>
            <th scope="col">Definition</th>
            <th scope="col" className="num">
              Share
            </th>
          </tr>
        </thead>
        <tbody>
          {props.definitions.map((d) => (
            <tr key={d.id} aria-current={d.id === props.selected ? "true" : undefined}>
              <th scope="row">
                {d.id === props.selected ? (
                  <>{d.shortName} (shown)</>
                ) : (
                  <button type="button" className="linkish" onClick={() => props.onSelect(d.id)}>
                    {d.shortName}
                  </button>
                )}
              </th>
              <td className="num">
                {enough
                  ? formatRange(groupRange(shares.rows, new Set(d.members), shares.aggregates))
                  : "no figure"}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
});
