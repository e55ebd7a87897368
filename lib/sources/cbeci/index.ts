import type { SourceDefinition } from "../definition";

/**
 * The CCAF Bitcoin Mining Map: the measured country shares of 2019-09 … 2022-01, bundled in the
 * seed (scripts/derive/cbeci.ts). A closed series: nothing to fetch.
 */
export const cbeciSource: SourceDefinition = {
  id: "cbeci",
  name: "CCAF Bitcoin Mining Map (CBECI)",
  publisher: "Cambridge Centre for Alternative Finance (CCAF), University of Cambridge",
  url: "https://ccaf.io/cbnsi/cbeci/mining_map",
  licence: "CC BY-NC-SA 4.0",
  licenceUrl: "https://creativecommons.org/licenses/by-nc-sa/4.0/",
  attribution:
    "Cambridge Centre for Alternative Finance (CCAF), Cambridge Bitcoin Electricity Consumption Index — Bitcoin Mining Map",
  notes: [
    "Licence: this dataset (not the project's code) is CC BY-NC-SA 4.0 — attribution to Cambridge CCAF, non-commercial use only, and derived data shared under the same licence.",
    "CCAF's extrapolation to the whole network from the geolocated IP addresses of miners at a sample of pools (BTC.com, Poolin, ViaBTC, later also Foundry) covering about 35–37 % of network hashrate: only the sample is geolocated, and the rest is assumed to be distributed like it.",
    "China is exactly 0 % in 2021-07 and 2021-08 after its mining ban and reappears from 2021-09; CCAF attributes the return to covert mining behind foreign proxies, so the drop is partly an artefact of VPN/proxy use.",
    'An asterisk after a country ("Germany *", "Ireland *") is CCAF\'s flag that the hashrate may be relocated through VPN or proxy services, so the miners may not be in that country.',
    '"Other" is hashrate CCAF could not attribute to a listed country; it is kept as an unallocated bucket (country null), not spread over countries.',
    "CCAF revised values between releases (e.g. China 2020-04 was 65.08 % at launch and 64.81 % here); this is the final published series, 2019-09 to 2022-01.",
    'Shares are exact decimal conversions of CCAF\'s printed percentages ("75.53%" → 0.7553); each month sums to 99.98–100.02 % as published.',
  ],
  kind: "archive",
  staleAfterHours: null,
  evidence:
    "Measured: monthly country shares from September 2019 to January 2022, which CCAF extrapolated from the geolocated IP addresses of miners at a sample of pools (about 35–37 % of the network). Its “Other” is hashrate it did not attribute; an asterisk marks hashrate that may be relocated through VPN or proxy services.",
  cadence: "closed: monthly from 2019-09 to 2022-01, no longer updated",
  records: ["country-shares"],
  seeded: true,
};
