import { formatMonth } from "@/lib/core/month";
import type { CountryEvidenceResponse } from "@/lib/responses/schemas";
import { TableScroll } from "../TableScroll";
import "./evidence.css";
import { SafeLink } from "@/components/SafeLink";
import { metricWords, valueWords } from "@/lib/analytics/regulator-words";
import { linkHost } from "@/lib/core/http-url";

type Figure = CountryEvidenceResponse["regulator"][number];

/** How a figure may enter a load estimate, in words. */
const ROLE_WORDS: Record<Figure["role"], string> = {
  energy: "energy over the period",
  load: "load drawn",
  capacity: "capacity: an upper limit",
  partial: "part of the load: a lower bound",
  context: "context: not a load",
};

/** What the country's utilities, regulators and ministries said, dated, each with its source. */
export function RegulatorTable({ name, figures }: { name: string; figures: readonly Figure[] }) {
  return (
    <TableScroll label={`Utilities' and regulators' figures for ${name}`}>
      <table className="shares regulator">
        <caption>
          Figures from {name}'s utilities, regulators and ministries, as they stated them; metrics
          differ, so compare like with like.
        </caption>
        <thead>
          <tr>
            <th scope="col">Period described</th>
            <th scope="col">Authority</th>
            <th scope="col">What</th>
            <th scope="col" className="num">
              Figure
            </th>
            <th scope="col">Basis</th>
            <th scope="col">Source</th>
          </tr>
        </thead>
        <tbody>
          {figures.map((f) => (
            <tr key={`${f.authority}${f.metric}${f.period}${f.value}`}>
              <th scope="row">
                {f.described ?? (f.asOf ? formatMonth(f.asOf) : "not known")}
                <span className="conversion">{ROLE_WORDS[f.role]}</span>
              </th>
              <td>{f.authority}</td>
              <td>
                {metricWords(f.metric)} <span className="small">({f.period})</span>
              </td>
              <td className="num">
                {valueWords(f.value, f.unit)}
                {f.conversion ? <span className="conversion">{f.conversion}</span> : null}
              </td>
              <td className="note">
                {f.basis}
                {f.note ? `. ${f.note}` : ""}
              </td>
              <td>
                <SafeLink href={f.source.url} className="source-link">
                  {linkHost(f.source.url)}
                </SafeLink>
                {f.source.date ? `, published ${f.source.date}` : ""}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </TableScroll>
  );
}
