"use client";
import { memo } from "react";
import { compareShares } from "@/lib/analytics/view-shape";
import { formatMonth } from "@/lib/core/month";
import type { SharesResponse } from "@/lib/responses/schemas";
import { CompareTable, compareColumns } from "../panel/CompareTable";
import { comparison } from "../panel/comparison";
import { ShareTable } from "../panel/ShareTable";
import { TableScroll } from "../TableScroll";

/** The accessible alternative to the map: the month's shares, or two months and their difference. */
export const DataTable = memo(function DataTable(props: {
  month: string;
  compare: string | null;
  shares: SharesResponse | null;
  compared: SharesResponse | null;
  members: ReadonlySet<string>;
  /** The Global South change between the compared month and this one, as a sentence clause. */
  gsChange: string | null;
}) {
  const { month, compare, shares, compared, members } = props;
  const both = comparison(shares, compared);
  return (
    <section className="table-section" aria-labelledby="table-heading">
      <h2 id="table-heading">Data table</h2>
      {compare && shares && compared && both ? (
        <>
          {props.gsChange ? <p className="compare-gs">Global South: {props.gsChange}.</p> : null}
          <TableScroll label="Comparison table">
            <CompareTable
              rows={compareShares(both.early.rows, both.late.rows, both.comparable)}
              a={both.early.month}
              b={both.late.month}
              columns={compareColumns(month, compare)}
              sources={both.sources}
            />
          </TableScroll>
        </>
      ) : shares ? (
        <TableScroll label="Shares table">
          <ShareTable view={shares} members={members} />
        </TableScroll>
      ) : (
        <p className="gap">
          No country shares for {formatMonth(month)}: no measured or reported source covers this
          month.
        </p>
      )}
    </section>
  );
});
