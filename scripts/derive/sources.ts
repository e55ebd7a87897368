import type { SeedSource } from "../../lib/seed/schema";
import { RAW } from "./raw";

/**
 * Who published each seed dataset, under which terms, and what a reader must know about it.
 * Kept as data beside the derivation so the seed files, data/seed/README.md and the app's
 * sources page all say the same thing.
 */

export const CBECI_SOURCE: SeedSource = {
  id: "cbeci",
  name: "CCAF Bitcoin Mining Map (CBECI)",
  publisher: "Cambridge Centre for Alternative Finance (CCAF), University of Cambridge",
  url: "https://ccaf.io/cbnsi/cbeci/mining_map",
  licence: "CC BY-NC-SA 4.0",
  licenceUrl: "https://creativecommons.org/licenses/by-nc-sa/4.0/",
  attribution:
    "Cambridge Centre for Alternative Finance (CCAF), Cambridge Bitcoin Electricity Consumption Index — Bitcoin Mining Map",
  derivedFrom: [RAW.ccaf],
  notes: [
    "Licence: this dataset (not the project's code) is CC BY-NC-SA 4.0 — attribution to Cambridge CCAF, non-commercial use only, and derived data shared under the same licence.",
    "CCAF's extrapolation to the whole network from the geolocated IP addresses of miners at a sample of pools (BTC.com, Poolin, ViaBTC, later also Foundry) covering about 35–37 % of network hashrate: only the sample is geolocated, and the rest is assumed to be distributed like it.",
    "China is exactly 0 % in 2021-07 and 2021-08 after its mining ban and reappears from 2021-09; CCAF attributes the return to covert mining behind foreign proxies, so the drop is partly an artefact of VPN/proxy use.",
    'An asterisk after a country ("Germany *", "Ireland *") is CCAF\'s flag that the hashrate may be relocated through VPN or proxy services, so the miners may not be in that country.',
    '"Other" is hashrate CCAF could not attribute to a listed country; it is kept as an unallocated bucket (country null), not spread over countries.',
    "CCAF revised values between releases (e.g. China 2020-04 was 65.08 % at launch and 64.81 % here); this is the final published series, 2019-09 to 2022-01.",
    'Shares are exact decimal conversions of CCAF\'s printed percentages ("75.53%" → 0.7553); each month sums to 99.98–100.02 % as published.',
  ],
};

export const HASHRATE_INDEX_SOURCE: SeedSource = {
  id: "hashrate-index",
  name: "Hashrate Index heatmap, as reported in the press",
  publisher: "Hashrate Index (Luxor Technology)",
  url: "https://hashrateindex.com",
  licence:
    "No open licence. Figures are © Luxor Technology (Hashrate Index), quoted from press coverage of the heatmap and shown as reported figures with attribution.",
  attribution:
    "Hashrate Index (Luxor Technology), Global Hashrate Heatmap, as reported in the press",
  derivedFrom: [RAW.estimates],
  notes: [
    "Shares of global hashrate by Hashrate Index's own (unpublished) method; a different method from CBECI, so the two must not be joined into one line.",
    "Figures were transcribed from secondary news articles quoting the heatmap (URL per row in `caveat`); hashrateindex.com itself was not consulted.",
    "Each figure is placed at the month it was reported, read from the row's period note: the 2025-Q2 map reported on 2025-05-27 → 2025-05; the start-of-Q3 map reported about 2025-07-13 → 2025-07.",
    'Only the countries the articles named are included; no "Other" row is invented, so the rest of each month is simply not covered.',
    "Excluded from this file: the CCAF Cambridge Digital Mining Industry Report (2025) survey figures, which are shares of activity reported by 49 surveyed firms, not of global hashrate; the CCAF mining-map launch-release figures (May 2020), superseded by the complete CBECI series; and the Chinese province figures, which are not country shares.",
  ],
};

export const BITNODES_SOURCE: SeedSource = {
  id: "bitnodes",
  name: "Bitnodes reachable-node snapshot",
  publisher: "Bitnodes (Addy Yeow)",
  url: "https://bitnodes.io",
  licence:
    "No licence is stated for the data; Bitnodes API terms apply. The crawler that produces it, ayeowch/bitnodes, is MIT-licensed.",
  attribution: "Bitnodes (https://bitnodes.io), snapshot of reachable Bitcoin nodes",
  derivedFrom: [RAW.bitnodes],
  notes: [
    "Aggregates only: node counts per country and per location rounded to 0.1°; no addresses are kept.",
    "Bitnodes' GeoIP location is that of the IP address (often a hosting provider), not of the operator.",
    "Nodes with no usable location — country null or latitude and longitude both 0 — are counted as unlocated by network (Tor .onion, I2P, CJDNS, or clearnet IPv4/IPv6 without a GeoIP match) and never placed at (0,0).",
    "Since late 2025 Bitnodes returns only the first five fields per node (no location); the derivation then counts every node as unlocated by network.",
  ],
};

export const POOL_REGISTRY_SOURCE: SeedSource = {
  id: "pool-registry",
  name: "mempool.space mining-pool registry",
  publisher: "mempool/mining-pools (derived from bitcoin-data/mining-pools)",
  url: "https://github.com/mempool/mining-pools",
  licence: "MIT (© 2019 btc.com)",
  attribution: "mempool/mining-pools (MIT, © 2019 btc.com)",
  derivedFrom: [RAW.poolsV2, RAW.poolsV1],
  notes: [
    "Names, links and coinbase-tag regexes as in pools-v2.json; payout addresses are reduced to a count.",
    'Slugs follow mempool.space: the legacy pools.json `slugs` map, else the name lower-cased with every non-alphanumeric character removed (mempool\'s backend rule, confirmed by its recorded API responses, e.g. "Carbon Negative" → carbonnegative).',
    "The registry has no country or headquarters field: a pool's HQ and its server locations are separate, curated data.",
  ],
};

export const MEMPOOL_SOURCE: SeedSource = {
  id: "mempool",
  name: "mempool.space mining statistics",
  publisher: "mempool.space (The Mempool Open Source Project)",
  url: "https://mempool.space",
  licence:
    "mempool.space API terms; the mempool software (which recorded this response) is AGPL-3.0",
  attribution: "Pool shares from mempool.space (https://mempool.space/mining)",
  derivedFrom: [RAW.mempoolPools1w],
  notes: [
    "One recorded week of blocks (1,024 blocks, 21 pools). The exact recording time is not known; the window is placed to end on 2025-04-02, the day the recording was committed.",
    "Shares are of blocks found, attributed to pools by coinbase tags and payout addresses; a pool's blocks are not where its miners are.",
  ],
};

export const POOL_LOCATIONS_SOURCE: SeedSource = {
  id: "pool-locations",
  name: "Curated pool stratum endpoints (data/pool-locations.csv)",
  publisher: "Hashrate Atlas, from public stratum-watcher configs and pool websites",
  url: "https://github.com/bboerst/stratum-watcher",
  licence: "Facts (hostnames) with a source URL per row; no code copied",
  attribution:
    "Stratum endpoints from achow101/stratum-watcher and bboerst/stratum-watcher configs",
  derivedFrom: [RAW.stratum],
  notes: [
    'Offline, a host is located only by the country its hostname label names ("declared", e.g. us-east → US); labels like eu, asia or na name no country and stay unresolved.',
    "At ingest each host is resolved by DNS and geolocated (dns+geoip); a stratum server's location is not where the pool's miners are.",
    "Many endpoints date from 2021 and some pools have since closed.",
  ],
};
