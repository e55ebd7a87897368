import { SafeLink } from "@/components/SafeLink";
import type { SourceRow } from "@/lib/store/schema";

/** What kind of evidence each source is, in a sentence, by source id (the rest say so plainly). */
const WHAT: Readonly<Record<string, string>> = {
  cbeci:
    "Measured: monthly country shares from September 2019 to January 2022, which CCAF extrapolated from the geolocated IP addresses of miners at a sample of pools (about 35–37 % of the network). Its “Other” is hashrate it did not attribute; an asterisk marks hashrate that may be relocated through VPN or proxy services.",
  "hashrate-index":
    "Reported: country shares published by others, at the date they were published, with only the countries they name — the rest of that month is not covered.",
  bitnodes:
    "Reachable Bitcoin nodes in a snapshot of the network; Tor and I2P nodes have no location and are counted, never placed.",
  crawler: "Reachable nodes found by our own walk of the Bitcoin peer-to-peer network.",
  bitcoind:
    "The network as the operator's own Bitcoin Core node sees it, and — from March 2026, after the bundled pool history — which pool mined each of its blocks, by the registry's payout addresses and coinbase tags (unknown when none matches), counted per month.",
  "pool-history":
    "Which pool mined each block, as block counts per pool for every complete month from January 2020 to February 2026 (BSD-2-Clause, built on jlopp's MIT export of mempool.space's attribution and on coinbase tags). A month's share of blocks is an estimate of a pool's share of hashrate (±0.7 points for a 30 % pool); about 0.7 % of blocks are unknown and kept apart.",
  dsn: "Reachable peers of the top ten countries seen by KIT DSN's monitor, monthly median, November 2024 to October 2025 (CC BY 4.0): peers seen by one monitor in Germany, top 10 countries by registry, clearnet. The country is the address's registry country, not a geolocation; other countries are not named, not zero.",
  "fixed-seeds":
    "Bitcoin Core's fixed seeds of v28.0 (August 2024) and v29.0 (March 2025), MIT: a curated sample of long-running nodes, capped per network and per AS — not all nodes. Drawn on the map only when a month has no census snapshot; its counts are never a country's node count.",
  mempool: "Which pools found which blocks: pool shares of blocks and weekly hashrate shares.",
  "pool-registry": "Pool names and the tags that attribute blocks to pools.",
  "pool-locations":
    "Where pools' stratum servers are, resolved by DNS and geolocated: infrastructure, not where miners are.",
};

/** Every source in the store, what it is evidence of, and where its licence and freshness are. */
export function SourcesSection({ sources }: { sources: readonly SourceRow[] }) {
  return (
    <section aria-labelledby="sources">
      <h2 id="sources">Sources and their methods</h2>
      <ul className="method-sources">
        {sources.map((s) => (
          <li key={s.id}>
            <strong>
              <SafeLink href={s.url}>{s.name}</SafeLink>
            </strong>{" "}
            ({s.publisher}). {WHAT[s.id] ?? "See the sources page for what it provides."}
          </li>
        ))}
      </ul>
      <p>
        Licences, attribution and how fresh each source is: <a href="/sources">Data sources</a>.
      </p>
    </section>
  );
}
