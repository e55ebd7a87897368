import { compareShares } from "@/lib/analytics/view-shape";
import { formatMonth } from "@/lib/core/month";
import type { SharesResponse } from "@/lib/responses/schemas";
import { TableScroll } from "../TableScroll";
import { CompareTable, compareColumns } from "./CompareTable";
import { comparison } from "./comparison";

/** Countries the panel's comparison lists; the data table under the map has them all. */
const SHOWN = 6;

/**
 * In compare mode, what the panel says first: how the two chosen months differ — the Global
 * South change and the largest countries side by side, with a difference only where both months
 * come from one source and method.
 */
export default function ComparePanel(props: {
  month: string;
  compare: string;
  shares: SharesResponse | null;
  compared: SharesResponse | null;
  /** The Global South change between the two months, as a sentence clause. */
  gsChange: string | null;
}) {
  const { shares, compared } = props;
  const both = comparison(shares, compared);
  return (
    <section className="compare-panel" aria-labelledby="compare-heading">
      <h2 id="compare-heading">
        {formatMonth(props.month)} compared with {formatMonth(props.compare)}
      </h2>
      <p>
        Global South:{" "}
        {props.gsChange ?? "no figure to compare (a month without a Global South figure)"}.
      </p>
      {shares && compared && both ? (
        <TableScroll label="The two months compared">
          <CompareTable
            rows={compareShares(both.early.rows, both.late.rows, both.comparable)
              .filter((r) => r.country !== null)
              .slice(0, SHOWN)}
            a={both.early.month}
            b={both.late.month}
            columns={compareColumns(props.month, props.compare)}
            sources={both.sources}
          />
        </TableScroll>
      ) : (
        <p className="gap">One of the two months has no country shares.</p>
      )}
      <p className="small">
        <a href="#table-heading">Every country, in the data table</a>
      </p>
    </section>
  );
}
