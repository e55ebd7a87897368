import { SafeLink } from "@/components/SafeLink";
import type { SiteStateResponse } from "@/lib/api/schemas";
import { formatMonth } from "@/lib/core/month";
import { statusWords } from "../map/site-style";

const mw = (v: number | null) => (v === null ? "not stated" : `${v.toLocaleString("en-US")} MW`);

/**
 * Known mining sites at a month as a table: what was disclosed, when, and on whose word. The
 * text alternative to the map layer, and the snapshot's record of it.
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
    return <p className="gap">No known mining site is disclosed by {formatMonth(month)}.</p>;
  return (
    <div className="table-scroll">
      <table className="shares sites">
        <caption>
          {caption ??
            `Known mining sites as disclosed by ${formatMonth(month)} — a record of disclosure, not of hashrate share`}
        </caption>
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
            <tr key={s.id}>
              <th scope="row">
                {s.operator}: {s.name}
              </th>
              <td>
                {s.locality} ({s.country}; {s.precision} centroid)
              </td>
              <td>
                {statusWords(s.status)}, {s.asOf ? formatMonth(s.asOf) : <em>date unknown</em>}
              </td>
              <td className="num">{mw(s.capacityMw)}</td>
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
    </div>
  );
}
