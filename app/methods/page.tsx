import type { Metadata } from "next";
import { DefinitionsSection } from "@/components/methods/DefinitionsSection";
import { EstimatesSection } from "@/components/methods/EstimatesSection";
import { SourcesSection } from "@/components/methods/SourcesSection";
import { DEFAULT_ASSUMPTIONS } from "@/lib/analytics/estimate/assumptions";
import { NODE_RULE } from "@/lib/analytics/node-rule";
import { shareSpan } from "@/lib/analytics/share-span";
import { SITE_HORIZON_MONTHS } from "@/lib/analytics/site-state";
import { getStore } from "@/lib/bootstrap/instance";
import { loadDefinitions } from "@/lib/geo/definitions";
import { getCountryHistory } from "@/lib/queries/country-view";
import { getValidation } from "@/lib/queries/estimates-view";
import { sourceEvidence } from "@/lib/sources/registry";
import { listSources } from "@/lib/store/sources";
import "./methods.css";

export const dynamic = "force-dynamic";
export const metadata: Metadata = { title: "Methods — Hashrate Atlas" };

/** How the numbers are made: sources and methods, ranges and coverage, definitions, other evidence. */
export default async function MethodsPage() {
  const db = (await getStore()).db;
  const [sources, validation, china, kazakhstan] = await Promise.all([
    listSources(db),
    getValidation(db, DEFAULT_ASSUMPTIONS),
    getCountryHistory(db, "CN"),
    getCountryHistory(db, "KZ"),
  ]);
  // The figures the definitions section quotes, from the atlas's own monthly series.
  const spans = {
    china: shareSpan(china.series, "2019-01", "2020-12"),
    kazakhstan: shareSpan(kazakhstan.series, "2021-06", "2022-01"),
  };
  return (
    <main className="page methods">
      <p>
        <a href="/">← Back to the map</a>
      </p>
      <header className="masthead">
        <h1>Methods</h1>
        <p>
          Where each number comes from, what it can and cannot tell you, and the choices behind the
          Global South figure. Every number in the atlas carries its source, method, date and
          licence; a gap in the data is shown as a gap, never filled in.
        </p>
      </header>
      <SourcesSection sources={sources.map((s) => ({ ...s, evidence: sourceEvidence(s.id) }))} />
      <section aria-labelledby="one-source">
        <h2 id="one-source">One source per month, methods never mixed</h2>
        <p>
          A month's country shares come from one source, labelled with its method:{" "}
          <strong>measured</strong> (CCAF's Cambridge Bitcoin Electricity Consumption Index mining
          map, the only measured country series, which ends in January 2022) or{" "}
          <strong>reported</strong> (an estimate someone published); a third,{" "}
          <strong>estimated</strong>, is a range the atlas computes from evidence (below). Methods
          are never joined into one line or mixed within a month; the timeline shows which method
          each stretch rests on, and months no source covers as gaps.
        </p>
      </section>
      <section aria-labelledby="ranges">
        <h2 id="ranges">Ranges and coverage</h2>
        <p>
          <strong>Coverage</strong> is the share of hashrate a source attributes to a named country.
          The rest — CCAF's “Other”, or everything a partial report does not name — is unattributed:
          it belongs to some country, but the source does not say which.
        </p>
        <p>
          So every total over countries, the Global South share included, is a{" "}
          <strong>range</strong>: from the shares of the named members (low) up to that plus the
          unattributed share (high), since all of it might belong to members. A country a partial
          source does not name is “not named”, never 0 %. A change between two months is one number
          only when both months come from the same source and method; otherwise it is a range or
          nothing, and both sources are named.
        </p>
      </section>
      <EstimatesSection validation={validation} />
      <DefinitionsSection definitions={loadDefinitions()} spans={spans} />
      <section aria-labelledby="other-evidence">
        <h2 id="other-evidence">Evidence that is not a share</h2>
        <p>
          After January 2022 no measured country series exists. Other evidence is shown beside the
          shares, dated and sourced, and never converted into a share silently.
        </p>
        <h3 id="sites">Known mining sites</h3>
        <p>
          One row per dated fact about a large site — announced, under construction, energized,
          expanded, closed or sold — with the megawatts and/or hashrate that fact states, what the
          megawatts measure (used for mining, facility capacity, a contract ceiling, a plan, a power
          plant's nameplate) and how far its source can be trusted. It is a map of{" "}
          <em>disclosure</em>, not of hashrate: listed companies and English-language press dominate
          it; places are locality or country centres, never a facility's location. Sites are never
          turned into shares without stated assumptions.
        </p>
        <p>
          On the map (the “Mining sites” layer) a site appears from its first dated fact — or from
          the month a source says it was first energized — with the status of its latest fact by the
          month on the slider: energized filled, under construction a ring, announced dashed, closed
          or sold grey, sized by the megawatts that fact states. A fact's megawatts are never
          carried to a later fact: an energized fact that states none reads “MW not stated”, and a
          plan's megawatts stay with the plan. A dotted area means the source places it only within
          a region or a country. Facts the source does not date are placed in no month: they are
          listed as “date not known” and counted in no total.
        </p>
        <p>
          Totals count only energized sites, megawatts of each kind apart (megawatts used for mining
          are never added to facility capacity, and planned megawatts are never summed). A site with
          no fact in the {SITE_HORIZON_MONTHS} months before a month is shown faded as “last
          reported” and leaves that month's totals; a fact of low confidence is drawn and badged but
          counted in no total and raises no alert. So a month's total changes only when a dated fact
          does, or when a site passes that horizon.
        </p>
        <h3 id="regulators">Utilities' and regulators' figures</h3>
        <p>
          What a country's utility, regulator or ministry said about mining load: electricity sold
          to miners, contracted megawatts, revenue, licences, seizures. After 2022 this is the
          strongest country-level evidence, but each country measures something different, several
          figures are relayed by newspapers, and they are not comparable across countries without
          care. They say how much power went to mining in one country, not what share of the network
          it ran. Each figure is dated by the period it describes, with its publication date beside
          it, and says how it could enter a load estimate (energy, load, capacity as an upper limit,
          part of the load as a lower bound, or context). Energy over a period is shown as an
          average load over that period's exact hours, with the arithmetic on screen: Ethiopian
          Electric Power's 796.28 GWh from 8 July 2023 to 7 July 2024 (a year holding 29 February) ÷
          8,784 h = 90.65 MW; a figure stated as a yearly rate is divided by 8,760 h.
        </p>
        <h3 id="claims">Published claims and their confidence</h3>
        <p>
          Country figures from publishers relayed by the press carry a confidence. Medium: a named
          publisher. Low: unattributed, a single uncorroborated page, or conflicting with others.
          Low-confidence claims appear only on country pages, badged; they never colour the map or
          enter the Global South series or alerts. A claim is placed at the period it describes (the
          Hashrate Index “July 2025” map describes 30 June 2025, so it is June's); where the source
          states no data date it is placed at its publication month, and says so. A
          medium-confidence publication that names countries for at least half of the hashrate in
          one month is a reported month of its own (MinerMetrics, November 2023; Hashrate Index's
          late-October 2025 figures as relayed by Reuters).
        </p>
        <p>
          Such a month uses all its source says. Its figures for groups of countries whose members
          are known exactly (“Africa 2.2 %”, “United States + China + Russia 67 %”) bound the
          ranges: a group wholly inside the Global South raises its low, one wholly outside lowers
          its high, and a country the source does not name holds at most what its group leaves
          (Ethiopia in November 2023: at most 2.2 %, all of Africa). A group whose members are not
          known exactly (“North America + Asia”) is shown, never used. The page names the group that
          bounded each range.
        </p>
        <h3 id="pools-over-time">Pool concentration over time</h3>
        <p>
          Every month from January 2020 to February 2026 rests on the bundled pool history: the
          blocks each pool mined that month (mempool.space's attribution up to November 2024, then
          coinbase tags), mapped to the pool registry. Later months come from the operator's own
          node, which attributes each new block by the registry's payout addresses and coinbase
          tags, or from mempool.space's block counts. A month keeps the basis and source it came
          from; two are never mixed in one month, and the chart's line breaks where the source
          changes. A share of blocks is an <em>estimate</em> of a share of hashrate: for a pool with
          30 % of about 4,400 blocks the noise is about ±0.7 points. Unknown blocks (no tag or
          address matched, about 0.7 %) are kept apart and lower the coverage; they are never
          counted as a pool. <a href="/pools">Pools over time</a>.
        </p>
        <h3 id="node-counts">Node counts by country, and a curated sample</h3>
        <p>
          From November 2024 to October 2025 the map's tooltips and the panel give KIT DSN's monthly
          median of reachable peers for ten countries: peers seen by one monitor in Germany, top 10
          countries by registry, clearnet. The country is the registry country of the address, Tor,
          I2P and CJDNS peers are not counted, and one hosting network adds about 1,000 US addresses
          in the first half of 2025. Bitcoin Core's fixed seeds (August 2024 and March 2025) are
          drawn as points in the months they cover when no census snapshot does, labelled a curated
          sample (Bitcoin Core fixed seeds), not all nodes: the list keeps at most 512 nodes per
          network and two IPv4 nodes per AS, so its spread follows those caps and its counts are
          never a country's node count. A month with none of these (June 2023, say) shows no nodes
          and says why.
        </p>
        <h3>Nodes and pool servers</h3>
        <p>
          Reachable nodes show where the network's relays run, not where mining happens. {NODE_RULE}{" "}
          Pool stratum servers are infrastructure: miners connect to whichever server is near or
          cheap, often through proxies, so a server's place is not where its miners are, and never
          fills a hashrate share. Where a pool is registered is neither, and is labelled so.
        </p>
      </section>
    </main>
  );
}
