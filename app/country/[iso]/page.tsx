import Link from "next/link";
import { notFound } from "next/navigation";
import { GsChart } from "@/components/panel/GsChart";
import { getCountryHistory } from "@/lib/analytics/country-view";
import { formatCount, formatDate, formatPercent } from "@/lib/analytics/format";
import { formatMonth } from "@/lib/analytics/month";
import { timelineMonths } from "@/lib/analytics/view-shape";
import { countryName, isIso2 } from "@/lib/geo/countries";
import { getStore } from "@/lib/store/instance";

export const dynamic = "force-dynamic";

type Props = { params: Promise<{ iso: string }> };

export async function generateMetadata({ params }: Props) {
  const { iso } = await params;
  return { title: isIso2(iso) ? `${countryName(iso)} — Hashrate Atlas` : "Hashrate Atlas" };
}

/** A country's history: its share of hashrate each month (with method), its nodes, its pool servers. */
export default async function CountryPage({ params }: Props) {
  const { iso } = await params;
  if (!isIso2(iso)) notFound();
  const history = await getCountryHistory((await getStore()).db, iso);
  const months = history.series;
  const nodes = history.nodes;
  const named = months.flatMap((m) => (m.share === null ? [] : [{ ...m, share: m.share }]));
  const now = new Date().toISOString().slice(0, 7);
  const timeline = timelineMonths(months, now);
  const latest = named.at(-1);
  const name = countryName(iso);
  const here = history.servers;
  return (
    <main className="page country-page">
      <p>
        <Link href={`/?c=${iso}`}>← Back to the map</Link>
      </p>
      <h1>{name}</h1>
      <p className="stat-context">
        {latest
          ? `Latest named share: ${formatPercent(latest.share)} in ${formatMonth(latest.month)} (${latest.method}).`
          : "No source names this country in any month."}
      </p>
      <section aria-labelledby="share-heading">
        <h2 id="share-heading">Share of hashrate by month</h2>
        <GsChart
          months={timeline}
          series={named}
          month={latest?.month ?? now}
          compare={null}
          label={`${name}'s share of hashrate`}
        />
        <table className="shares">
          <caption>
            Months with country data; “not named” means the source gives no figure for {name} that
            month.
          </caption>
          <thead>
            <tr>
              <th scope="col">Month</th>
              <th scope="col" className="num">
                Share
              </th>
              <th scope="col">Method</th>
              <th scope="col">Note</th>
            </tr>
          </thead>
          <tbody>
            {months.map((m) => (
              <tr key={m.month}>
                <th scope="row">{formatMonth(m.month)}</th>
                <td className="num">{m.share === null ? "not named" : formatPercent(m.share)}</td>
                <td>{m.method}</td>
                <td className="note">{m.caveat ?? ""}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </section>
      <section aria-labelledby="nodes-heading">
        <h2 id="nodes-heading">Reachable nodes</h2>
        {nodes.length === 0 ? (
          <p className="gap">No node snapshot has been stored yet.</p>
        ) : (
          <ul>
            {nodes.map((n) => (
              <li key={`${n.source}${n.takenAt}`}>
                {formatDate(n.takenAt)}: {formatCount(n.count)} of {formatCount(n.total)} reachable
                nodes ({n.source})
              </li>
            ))}
          </ul>
        )}
      </section>
      <section aria-labelledby="pools-heading">
        <h2 id="pools-heading">Pool servers located here</h2>
        {here.length === 0 ? (
          <p className="gap">No pool server is known to be located in {name}.</p>
        ) : (
          <ul>
            {here.map((s) => (
              <li key={s.host}>
                {s.name}: {s.host} (located by {s.locatedBy}, {formatDate(s.resolvedAt)})
              </li>
            ))}
          </ul>
        )}
      </section>
    </main>
  );
}
