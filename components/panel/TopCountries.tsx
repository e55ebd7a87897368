import { formatPercent, formatPoints } from "@/lib/analytics/format";
import type { RankedCountry } from "@/lib/analytics/view-shape";
import { Badge } from "../MethodBadge";
import "./top-countries.css";

/** The ten largest named countries with their change since the previous month. */
export function TopCountries({
  rows,
  members,
  onSelect,
}: {
  rows: readonly RankedCountry[];
  members: ReadonlySet<string>;
  onSelect: (iso2: string) => void;
}) {
  if (rows.length === 0) return <p className="gap">No country is named for this month.</p>;
  const max = Math.max(...rows.map((r) => r.share), 0.0001);
  return (
    <ol className="top-countries">
      {rows.map((r) => (
        <li key={r.country}>
          <button type="button" className="linkish" onClick={() => onSelect(r.country)}>
            {r.name}
          </button>
          <span>{members.has(r.country) ? <Badge label="GS" className="gs-tag" /> : null}</span>
          <span className="bar" style={{ width: `${(r.share / max) * 100}%` }} aria-hidden="true" />
          <span className="num">{formatPercent(r.share)}</span>
          <span
            className={`num change ${r.change === null ? "" : r.change > 0 ? "up" : r.change < 0 ? "down" : ""}`}
          >
            {r.change === null ? "—" : formatPoints(r.change)}
          </span>
        </li>
      ))}
    </ol>
  );
}
