import { SafeLink } from "@/components/SafeLink";
import { formatSpan, type ShareSpan } from "@/lib/analytics/share-span";
import { formatMonth } from "@/lib/core/month";
import { countryName } from "@/lib/geo/countries";
import type { Definition } from "@/lib/geo/definition-schema";
import { TableScroll } from "../TableScroll";

/**
 * Countries whose membership moves the headline: the largest mining countries of the measured
 * and reported series, and the Global South places the press writes about.
 */
const TELLING = ["CN", "KZ", "RU", "IR", "MY", "US", "CA", "ET", "PY", "OM", "AE"] as const;

/** Each Global South definition (read from data/definitions), and where they part ways. */
export function DefinitionsSection({
  definitions,
  spans,
}: {
  definitions: readonly Definition[];
  /** China's and Kazakhstan's shares in the periods the text names, from the atlas's series. */
  spans: { china: ShareSpan | null; kazakhstan: ShareSpan | null };
}) {
  const sets = definitions.map((d) => new Set(d.members));
  return (
    <section aria-labelledby="definitions">
      <h2 id="definitions">What “Global South” means here, and why the definitions differ</h2>
      <p>
        No single definition exists, and the headline depends on it: in the atlas's own series,
        China alone held <span data-figure="china-2019-2020">{formatSpan(spans.china)}</span> of
        hashrate in 2019–2020{spanMonths(spans.china)}, and Kazakhstan{" "}
        <span data-figure="kazakhstan-2021-2022">{formatSpan(spans.kazakhstan)}</span> from June
        2021 to January 2022{spanMonths(spans.kazakhstan)}. So the atlas offers several lists,
        always names the one in use, and lets you switch. Each is a file of ISO codes with its
        source and the judgement calls made in building it.
      </p>
      {definitions.map((d) => (
        <article key={d.id} className="definition">
          <h3>
            {d.name} <code>gs={d.id}</code>
          </h3>
          <p>
            Defined by {d.definedBy} (<SafeLink href={d.sourceUrl}>source</SafeLink>);{" "}
            {d.members.length} countries and territories.
          </p>
          <ul>
            {d.notes.map((n) => (
              <li key={n}>{n}</li>
            ))}
          </ul>
        </article>
      ))}
      <TableScroll label="Definitions compared">
        <table className="shares">
          <caption>Where the definitions part ways: countries that matter for mining</caption>
          <thead>
            <tr>
              <th scope="col">Country</th>
              {definitions.map((d) => (
                <th scope="col" key={d.id}>
                  {d.shortName}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {TELLING.map((iso) => (
              <tr key={iso}>
                <th scope="row">{countryName(iso)}</th>
                {sets.map((s, i) => (
                  <td key={definitions[i]?.id}>{s.has(iso) ? "member" : "—"}</td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      </TableScroll>
    </section>
  );
}

/** " (months named: September 2019 – December 2020)": the months the span really covers. */
function spanMonths(span: ShareSpan | null): string {
  return span ? ` (months named: ${formatMonth(span.first)} – ${formatMonth(span.last)})` : "";
}
