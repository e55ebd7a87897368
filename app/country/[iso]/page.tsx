import Link from "next/link";
import { notFound } from "next/navigation";
import { CountryPageSearch } from "@/components/country/CountryPageSearch";
import { Evidence } from "@/components/country/Evidence";
import { NodeHistory } from "@/components/country/NodeHistory";
import { PoolServers } from "@/components/country/PoolServers";
import { ShareHistory } from "@/components/country/ShareHistory";
import { SourceList } from "@/components/country/SourceList";
import { countryHeadline } from "@/lib/analytics/country-words";
import { timelineMonths } from "@/lib/analytics/view-shape";
import { getStore } from "@/lib/bootstrap/instance";
import { currentMonth } from "@/lib/core/month";
import { countryName, isIso2 } from "@/lib/geo/countries";
import { getCountryHistory } from "@/lib/queries/country-view";
import { backToMap } from "./back-link";
import "@/components/panel/panel.css";
import "./country-page.css";

export const dynamic = "force-dynamic";

type Props = {
  params: Promise<{ iso: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
};

export async function generateMetadata({ params }: Props) {
  const { iso } = await params;
  return { title: isIso2(iso) ? `${countryName(iso)} — Hashrate Atlas` : "Hashrate Atlas" };
}

/** A country's history: its share of hashrate each month (with method), its nodes, its pool servers. */
export default async function CountryPage({ params, searchParams }: Props) {
  const { iso } = await params;
  if (!isIso2(iso)) notFound();
  const raw = (await searchParams).from;
  const from = typeof raw === "string" ? raw : "";
  const history = await getCountryHistory((await getStore()).db, iso);
  const now = currentMonth();
  return (
    <main className="page country-page">
      <nav className="page-nav" aria-label="Country pages">
        <Link href={backToMap(iso, from)}>← Back to the map</Link>
        <CountryPageSearch from={from} />
      </nav>
      <h1>{history.name}</h1>
      <p className="stat-context" id="country-headline">
        {countryHeadline(history.name, history.series, history.evidence.claims)}
      </p>
      <ShareHistory history={history} timeline={timelineMonths(history.series, now)} now={now} />
      <Evidence history={history} />
      <NodeHistory history={history} />
      <PoolServers history={history} />
      <SourceList sources={history.sources} />
    </main>
  );
}
