import type { Metadata } from "next";
import { SafeLink } from "@/components/SafeLink";
import { TableScroll } from "@/components/TableScroll";
import { endpointsLocated } from "@/lib/analytics/pool-words";
import { getStore } from "@/lib/bootstrap/instance";
import { formatCoverage, getSourceCoverage } from "@/lib/queries/source-coverage";
import { countPoolEndpoints } from "@/lib/store/pools";
import type { SourceRow } from "@/lib/store/schema";
import { isStale, listSources } from "@/lib/store/sources";

export const dynamic = "force-dynamic";
export const metadata: Metadata = { title: "Data sources — Hashrate Atlas" };

/** Health of one source as a reader should read it: failing beats stale beats ok. */
function status(source: SourceRow, now: Date, endpoints?: { listed: number; located: number }) {
  if (source.last_error_at && source.last_error_at > (source.last_success_at ?? "")) {
    return `failing: ${source.last_error ?? "unknown error"}`;
  }
  if (isStale(source, now)) return "stale";
  if (source.kind === "archive") return "archive (complete)";
  // A current list of pool endpoints is not a map of them: say how many have a location (the
  // map's legend says the same).
  if (endpoints) return `current list; ${endpointsLocated(endpoints)}`;
  return "current";
}

const day = (iso: string | null) => (iso ? iso.slice(0, 10) : "—");

/** Every dataset the app shows, its licence and attribution, and how fresh it is. */
export default async function SourcesPage() {
  const { db } = await getStore();
  const [sources, coverage, endpoints] = await Promise.all([
    listSources(db),
    getSourceCoverage(db),
    countPoolEndpoints(db),
  ]);
  const now = new Date();
  return (
    <main className="page">
      <header className="masthead">
        <h1>Data sources</h1>
        <p>
          Who published each dataset, under which terms, the period its data describes, and how
          fresh our copy is. Details and caveats are in <code>DATA_SOURCES.md</code> in the
          repository.
        </p>
      </header>
      <TableScroll label="Sources, licences and freshness">
        <table className="shares">
          <caption>Sources, licences and freshness</caption>
          <thead>
            <tr>
              <th scope="col">Source</th>
              <th scope="col">Licence</th>
              <th scope="col">Attribution</th>
              <th scope="col">Covers</th>
              <th scope="col">Last fetched</th>
              <th scope="col">Status</th>
            </tr>
          </thead>
          <tbody>
            {sources.map((s) => (
              <tr key={s.id}>
                <th scope="row">
                  <SafeLink href={s.url}>{s.name}</SafeLink> <small>({s.publisher})</small>
                </th>
                <td>{s.licence}</td>
                <td>{s.attribution}</td>
                <td>
                  {formatCoverage(coverage.get(s.id)) ??
                    (s.data_as_of ? `data up to ${day(s.data_as_of)}` : "—")}
                </td>
                <td>{day(s.last_success_at)}</td>
                <td>{status(s, now, endpoints.get(s.id))}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </TableScroll>
      <section aria-labelledby="geoip">
        <h2 id="geoip">IP geolocation</h2>
        <p>
          Nodes and pool servers without upstream coordinates are located offline with the DB-IP
          Lite city database, licensed under{" "}
          <a href="https://creativecommons.org/licenses/by/4.0/">CC BY 4.0</a>:{" "}
          <a href="https://db-ip.com">IP Geolocation by DB-IP</a>. An operator may configure MaxMind
          GeoLite2 instead.
        </p>
      </section>
    </main>
  );
}
