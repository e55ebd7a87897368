import { formatPercent, formatPoints } from "@/lib/analytics/format";
import type { RankedCountry } from "@/lib/analytics/view-shape";
import { formatMonth } from "@/lib/core/month";
import { Badge } from "../MethodBadge";
import "./top-countries.css";

/**
 * The ten largest named countries with their change since the previous month — or, where the
 * month before has no data or another source, one sentence saying why there is no change.
 */
export function TopCountries({
  rows,
  members,
  previousMonth,
  note,
  onSelect,
}: {
  rows: readonly RankedCountry[];
  members: ReadonlySet<string>;
  previousMonth: string;
  /** Why no change is shown (lib/analytics/change-note.ts), or null. */
  note: string | null;
  onSelect: (iso2: string) => void;
}) {
  if (rows.length === 0) return <p className="gap">No country is named for this month.</p>;
  const max = Math.max(...rows.map((r) => r.share), 0.0001);
  const withChange = note === null;
  return (
    <>
      {note ? <p className="small top-note">{note}</p> : null}
      <ol className={withChange ? "top-countries" : "top-countries no-change"}>
        {rows.map((r) => (
          <li key={r.country}>
            <button type="button" className="linkish" onClick={() => onSelect(r.country)}>
              {r.name}
            </button>
            <span>{members.has(r.country) ? <Badge label="GS" className="gs-tag" /> : null}</span>
            <span
              className="bar"
              style={{ width: `${(r.share / max) * 100}%` }}
              aria-hidden="true"
            />
            <span className="num">{formatPercent(r.share)}</span>
            {withChange ? (
              <span
                className={`num change ${r.change === null ? "" : r.change > 0 ? "up" : r.change < 0 ? "down" : ""}`}
              >
                {r.change === null
                  ? `not named in ${formatMonth(previousMonth)}`
                  : formatPoints(r.change)}
              </span>
            ) : null}
          </li>
        ))}
      </ol>
    </>
  );
}
