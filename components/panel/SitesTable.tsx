import { SafeLink } from "@/components/SafeLink";
import { siteMwWords } from "@/lib/analytics/site-words";
import { formatMonth } from "@/lib/core/month";
import type { SiteStateResponse } from "@/lib/responses/schemas";
import { Badge } from "../MethodBadge";
import { statusWords } from "../map/site-style";
import { TableScroll } from "../TableScroll";

/**
 * Known mining sites at a month as a table: what was disclosed, when, and on whose word. The
 * text alternative to the map layer, and the snapshot's record of it. A site last reported over
 * the horizon ago reads "last reported"; a low-confidence fact is badged; neither is in a total.
 */
export function SitesTable({
  month,
  sites,
  caption,
}: {
  month: string;
  sites: readonly SiteStateResponse[];
  caption?: string;
}) {
  if (sites.length === 0)
    return <p className="gap">No known mining site is placed at {formatMonth(month)}.</p>;
  const title =
    caption ??
    `Known mining sites as disclosed by ${formatMonth(month)} — a record of disclosure, not of hashrate share`;
  return (
    <TableScroll label={title}>
      <table className="shares sites">
        <caption>{title}</caption>
        <thead>
          <tr>
            <th scope="col">Site</th>
            <th scope="col">Country</th>
            <th scope="col">Status</th>
            <th scope="col" className="num">
              Capacity
            </th>
            <th scope="col" className="num">
              Hashrate
            </th>
            <th scope="col">Source</th>
          </tr>
        </thead>
        <tbody>
          {sites.map((s) => (
            <tr key={s.id} data-stale={s.stale || undefined} data-confidence={s.confidence}>
              <th scope="row">
                {s.operator}: {s.name}
              </th>
              <td>
                {s.locality} ({s.country}; {s.precision} centroid)
              </td>
              <td>
                {/* Snapshots frozen before 2026-12-06 may hold a site whose status fact is undated. */}
                {`${statusWords(s.status)}, ${s.asOf ? formatMonth(s.asOf) : "date not known"}`}
                {s.stale ? (
                  <span className="conversion">
                    last reported {formatMonth(s.lastReported)}, over two years ago: not counted
                  </span>
                ) : null}
                {s.confidence === "low" ? (
                  <>
                    {" "}
                    <Badge label="low-confidence source" className="confidence confidence-low" />
                  </>
                ) : null}
              </td>
              <td className="num">{siteMwWords(s.capacityMw, s.mwBasis)}</td>
              <td className="num">
                {s.hashrateEhs === null ? "not stated" : `${s.hashrateEhs} EH/s`}
              </td>
              <td>
                <SafeLink href={s.source.url}>{s.source.kind.replace("_", " ")}</SafeLink>
                {s.source.date ? `, ${s.source.date}` : ""}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </TableScroll>
  );
}

/** Sites whose facts carry no date: listed as such, on no map and in no total. */
export function UndatedSites({
  sites,
}: {
  sites: readonly { id: string; name: string; facts: SiteStateResponse["undated"] }[];
}) {
  if (sites.length === 0) return null;
  return (
    <div className="undated-sites">
      <h4>Date not known</h4>
      <p className="small">
        The sources of these facts give no date, so they are placed in no month and counted in no
        total.
      </p>
      <ul>
        {sites.flatMap((s) =>
          s.facts.map((f) => (
            <li key={`${s.id}-${f.status}-${f.source.url}`}>
              {s.name}: {statusWords(f.status)}, {siteMwWords(f.capacityMw, f.mwBasis)}
              {f.hashrateEhs === null ? "" : `, ${f.hashrateEhs} EH/s`} — date not known (
              <SafeLink href={f.source.url}>{f.source.kind.replace("_", " ")}</SafeLink>)
              {f.confidence === "low" ? " (low confidence)" : ""}
            </li>
          )),
        )}
      </ul>
    </div>
  );
}
