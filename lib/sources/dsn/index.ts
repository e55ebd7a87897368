import { DSN_SCOPE } from "../../evidence/node-samples";
import type { SourceDefinition } from "../definition";

/**
 * KIT DSN's Bitcoin monitor "N": reachable peers of the top-10 countries, monthly median of its
 * half-hourly counts, 2024-11 … 2025-10, bundled in the seed (scripts/derive/dsn.ts). A closed
 * archive here: the monitor goes on, but no later file is at hand.
 */
export const dsnSource: SourceDefinition = {
  id: "dsn",
  name: "KIT DSN Bitcoin monitoring: peers by country (monthly median)",
  publisher:
    "KIT Decentralized Systems and Network Services (Neudecker, Grundmann, Hartenstein), via bitcoin-data/bitcoin-stats-archive",
  url: "https://www.dsn.kastel.kit.edu/bitcoin/",
  licence: "CC BY 4.0",
  licenceUrl: "https://creativecommons.org/licenses/by/4.0/",
  attribution:
    "Data: KIT DSN Bitcoin Monitoring (Neudecker, Grundmann, Hartenstein), CC BY 4.0, doi:10.5281/zenodo.14627525, via bitcoin-data/bitcoin-stats-archive; monthly aggregation by Hashrate Atlas",
  notes: [
    `Scope: ${DSN_SCOPE}. One vantage point (DSN says: "Our monitor nodes are located in Germany, results may differ for other locations").`,
    "Country = the registry country of the peer's address (whois asn_country_code), not where the machine is; only the ten countries DSN's plot names (US, DE, FR, CA, NL, GB, RU, CH, AU, CZ) — every other country is not named, not zero.",
    "Clearnet IPv4 and IPv6 only: Tor, I2P and CJDNS peers are not counted; a dual-stack peer may count twice. Addresses, not operators: one US hosting network (BITPROJECTS-IO) adds about 1,000 peers in 2025-01 … 2025-06 and is gone from 2025-08.",
    "Each month is the median of the monitor's half-hourly samples (outages, where every series is 0, dropped); 2024-11 covers only 28–30 November and 2025-10 only 1–18 October.",
  ],
  kind: "archive",
  staleAfterHours: null,
  evidence:
    "Reachable peers of the top ten countries seen by KIT DSN's monitor, monthly median, November 2024 to October 2025 (CC BY 4.0): peers seen by one monitor in Germany, top 10 countries by registry, clearnet. The country is the address's registry country, not a geolocation; other countries are not named, not zero.",
  cadence: "half-hourly samples, bundled as monthly medians 2024-11 … 2025-10",
  records: ["node-country-months"],
  seeded: true,
};
