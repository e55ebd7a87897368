import Link from "next/link";
import { notFound } from "next/navigation";
import { NodeHistory } from "@/components/country/NodeHistory";
import { PoolServers } from "@/components/country/PoolServers";
import { ShareHistory } from "@/components/country/ShareHistory";
import { SourceList } from "@/components/country/SourceList";
import { getCountryHistory } from "@/lib/analytics/country-view";
import { formatPercent } from "@/lib/analytics/format";
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
  const now = new Date().toISOString().slice(0, 7);
  const latest = history.series.findLast((m) => m.share !== null);
  return (
    <main className="page country-page">
      <p>
        <Link href={`/?c=${iso}`}>← Back to the map</Link>
      </p>
      <h1>{history.name}</h1>
      <p className="stat-context">
        {latest?.share != null
          ? `Latest named share: ${formatPercent(latest.share)} in ${formatMonth(latest.month)} (${latest.method}).`
          : "No source names this country in any month."}
      </p>
      <ShareHistory history={history} timeline={timelineMonths(history.series, now)} now={now} />
      <NodeHistory history={history} />
      <PoolServers history={history} />
      <SourceList sources={history.sources} />
    </main>
  );
}
