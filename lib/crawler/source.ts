import type { SeedSource } from "../seed/schema";

/** The crawler as a data source: provenance shown on /sources and stamped on every snapshot. */
export const CRAWLER_SOURCE_ID = "crawler";

export const CRAWLER_SOURCE: SeedSource = {
  id: CRAWLER_SOURCE_ID,
  name: "Hashrate Atlas P2P crawler (reachable nodes)",
  publisher: "Hashrate Atlas (own measurement)",
  url: "https://developer.bitcoin.org/reference/p2p_networking.html",
  licence:
    "Own measurement of the public Bitcoin P2P network; aggregates published under the project's MIT licence.",
  attribution:
    "Hashrate Atlas crawler, Bitcoin P2P network walk; locations from the offline GeoIP database",
  derivedFrom: [
    { file: "(live crawl)", origin: "Bitcoin P2P network, from DNS seeds and given peers" },
  ],
  notes: [
    "Reachable = an IPv4/IPv6 node that completed the version/verack handshake during the crawl.",
    "Tor, I2P and CJDNS addresses are learned from peers' addr/addrv2 gossip but not dialled; each distinct address is counted as an unlocated node of its network, so those counts are addresses heard of, not nodes reached.",
    "IP nodes are placed by the offline GeoIP database; a node it cannot place is counted as unlocated (ipv4/ipv6), never dropped.",
    "Aggregates only: node counts per country and per location rounded to 0.1°; no addresses are stored.",
  ],
};
