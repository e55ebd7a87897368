import { FIXED_SEEDS_LABEL } from "../../evidence/node-samples";
import type { SourceDefinition } from "../definition";

/**
 * Bitcoin Core's fixed-seed node lists of v28.0 (crawled August 2024) and v29.0 (March 2025),
 * geolocated with the bundled database like any node and bundled as two node snapshots
 * (scripts/derive/fixed-seeds.ts). A curated sample: its counts are never a country's node count.
 */
export const fixedSeedsSource: SourceDefinition = {
  id: "fixed-seeds",
  name: "Bitcoin Core fixed seeds (curated node sample)",
  publisher: "The Bitcoin Core developers (contrib/seeds/nodes_main.txt)",
  url: "https://github.com/bitcoin/bitcoin/tree/master/contrib/seeds",
  licence: "MIT (© 2009-2025 The Bitcoin Core developers)",
  licenceUrl: "https://opensource.org/license/mit",
  attribution:
    "Bitcoin Core fixed seeds (contrib/seeds/nodes_main.txt, v28.0 and v29.0), MIT, © 2009-2025 The Bitcoin Core developers; geolocated with DB-IP Lite (CC BY 4.0)",
  notes: [
    `A ${FIXED_SEEDS_LABEL}: makeseeds.py keeps synced, long-uptime Bitcoin Core nodes, at most 512 per network and 2 IPv4 / 10 IPv6 per AS, so its spread follows the caps, not the network. Its country counts are never shown as a country's node count.`,
    "Onion, I2P and CJDNS entries cannot be located and are counted by network; IPv4/IPv6 entries are located with the bundled DB-IP Lite database (the address's location, often a hosting provider).",
    "Dated the day each list was committed (v28.0: 2024-08-27, PR #30695; v29.0: 2025-03-06, PR #31960); the crawl behind it is at most days older. Two snapshots, not a series.",
    "Aggregates only (counts per country and per location rounded to 0.1°); no address is kept.",
  ],
  kind: "archive",
  staleAfterHours: null,
  evidence:
    "Bitcoin Core's fixed seeds of v28.0 (August 2024) and v29.0 (March 2025), MIT: a curated sample of long-running nodes, capped per network and per AS — not all nodes. Drawn on the map only when a month has no census snapshot; its counts are never a country's node count.",
  cadence: "with each Bitcoin Core release that regenerates the list; bundled: v28.0 and v29.0",
  records: ["node-snapshot"],
  seeded: true,
};
