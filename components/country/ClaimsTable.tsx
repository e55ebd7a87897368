import { checkQuotedCbeci, type SeriesMonth } from "@/lib/analytics/claim-check";
import { formatPercent } from "@/lib/analytics/format";
import type { CountryEvidenceResponse } from "@/lib/responses/schemas";
import { Badge } from "../MethodBadge";
import { TableScroll } from "../TableScroll";
import "./evidence.css";

type Claim = CountryEvidenceResponse["claims"][number];

const figure = (c: Claim) =>
  [
    c.share === null ? null : formatPercent(c.share),
    c.hashrateEhs === null ? null : `${c.hashrateEhs} EH/s`,
  ]
    .filter((v): v is string => v !== null)
    .join(", ") || "named, no figure";

/** Published claims with their confidence: low ones are shown, badged, and used nowhere else. */
export function ClaimsTable({
  name,
  claims,
  series,
}: {
  name: string;
  claims: readonly Claim[];
  /** The country's share series, to check notes that quote CBECI against it. */
  series: readonly SeriesMonth[];
}) {
  return (
    <TableScroll label={`Published claims about ${name}`}>
      <table className="shares claims">
        <caption>
          Figures published about {name}, as relayed by the press; “low confidence” claims never
          drive the map, the Global South series or alerts.
        </caption>
        <thead>
          <tr>
            <th scope="col">Period</th>
            <th scope="col">Publisher</th>
            <th scope="col" className="num">
              Figure
            </th>
            <th scope="col">Basis</th>
            <th scope="col">Confidence</th>
            <th scope="col">Read on</th>
          </tr>
        </thead>
        <tbody>
          {claims.map((c) => (
            <tr
              key={`${c.publisher}${c.period}${c.share}${c.hashrateEhs}`}
              data-confidence={c.confidence}
            >
              <th scope="row">
                {c.described ?? c.period}
                <span className="conversion">
                  {c.described
                    ? `as published: ${c.period}`
                    : c.placedAtPublication
                      ? "no data date given: the publication month"
                      : "period as published"}
                </span>
              </th>
              <td>
                {c.publisher}
                {c.product ? <span className="small"> — {c.product}</span> : null}
              </td>
              <td className="num">{figure(c)}</td>
              <td className="note">
                {c.shareBasis}
                {c.notes ? `. ${c.notes}` : ""}
                {c.notes && checkQuotedCbeci(c.notes, name, series) ? (
                  <span className="cross-check"> {checkQuotedCbeci(c.notes, name, series)}</span>
                ) : null}
              </td>
              <td>
                <Badge
                  label={`${c.confidence} confidence`}
                  className={`confidence confidence-${c.confidence}`}
                />
              </td>
              <td>
                {c.urls.map((u) => (
                  <a key={u} href={u} className="source-link">
                    {new URL(u).hostname}
                  </a>
                ))}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </TableScroll>
  );
}
