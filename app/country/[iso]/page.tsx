import Link from "next/link";
import { notFound, permanentRedirect } from "next/navigation";
import { CountryPageSearch } from "@/components/country/CountryPageSearch";
import { EstimateSection } from "@/components/country/EstimateSection";
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
import { getCountryEstimates } from "@/lib/queries/country-estimates";
import { getCountryHistory } from "@/lib/queries/country-view";
import { backToMap } from "./back-link";
import { estimatePageParams } from "./estimate-params";
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
  if (!isIso2(iso)) {
    // "/country/et" is Ethiopia's page under its canonical code; anything else is not a country.
    const upper = iso.toUpperCase();
    if (isIso2(upper)) permanentRedirect(`/country/${upper}${queryOf(await searchParams)}`);
    notFound();
  }
  const raw = (await searchParams).from;

  const from = typeof raw === "string" ? raw : "";
  const search = await searchParams;
  const db = (await getStore()).db;
  const { month, assumptions } = estimatePageParams(search, from);
  const [history, estimates] = await Promise.all([
    getCountryHistory(db, iso),
    getCountryEstimates(db, iso, month, assumptions),
  ]);
  const now = currentMonth();
  // A country no share source names (Ethiopia): its evidence is what there is, so it comes first.
  const neverNamed = history.series.every((m) => m.share === null);
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
      {neverNamed ? <Evidence history={history} /> : null}
      <ShareHistory history={history} timeline={timelineMonths(history.series, now)} now={now} />
      <EstimateSection
        iso={iso}
        name={history.name}
        estimates={estimates}
        assumptions={assumptions}
      />
      {neverNamed ? null : <Evidence history={history} />}
      <NodeHistory history={history} />
      <PoolServers history={history} />
      <SourceList sources={history.sources} />
    </main>
  );
}

/** The query string to carry through the redirect ("" or "?…"). */
function queryOf(search: Record<string, string | string[] | undefined>): string {
  const q = new URLSearchParams();
  for (const [k, v] of Object.entries(search))
    for (const one of Array.isArray(v) ? v : v === undefined ? [] : [v]) q.append(k, one);
  return q.size > 0 ? `?${q}` : "";
}
