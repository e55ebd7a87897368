import type { SourceDefinition } from "../definition";
import { parseNetworkDailyCsv } from "./parse";

const NETWORK_HASHRATE_SOURCE_ID = "network-hashrate";

/**
 * Network hashrate, the denominator of every estimated share: Coin Metrics' daily series
 * (2019-09-01 … 2026-06-01), bundled in the seed as months (mean of the days, with the day count;
 * scripts/derive/network.ts). Newer months come from the daily values the `mempool` source
 * already stores (`/api/v1/mining/hashrate/3y`) and, when the operator configures a node
 * (ATLAS_BITCOIND_URL), from that node's `getnetworkhashps` over each complete day's blocks
 * (./bitcoind-days.ts, stored by the bitcoind ingest), averaged by the same rule
 * (lib/analytics/network-months.ts) when a month is read (lib/queries/estimate-inputs.ts).
 */
export const networkHashrateSource: SourceDefinition = {
  id: NETWORK_HASHRATE_SOURCE_ID,
  name: "Bitcoin network hashrate (monthly mean of daily values)",
  publisher: "Coin Metrics, Inc.",
  url: "https://docs.coinmetrics.io/network-data/network-data-overview/mining/hash-rate",
  licence: "CC BY-NC 4.0",
  licenceUrl: "https://creativecommons.org/licenses/by-nc/4.0/",
  attribution:
    "Network hashrate: Coin Metrics, Inc. (CC BY-NC 4.0), monthly means by Hashrate Atlas",
  notes: [
    "Licence: the Coin Metrics data (not the project's code) are CC BY-NC 4.0 — attribute Coin Metrics, Inc.; non-commercial use only.",
    "Daily hashrate is an estimate from block luck (about ±8 % a day); a month's value is the mean of its daily values, and a month with fewer than 20 days of values has none.",
    "The bundled series ends on 2026-06-01 (so 2026-06 has one day and no value); later months come from mempool.space's daily values when the app has fetched them.",
    "With the operator's own Bitcoin Core node configured (ATLAS_BITCOIND_URL), each complete UTC day's value is the node's getnetworkhashps over that day's blocks; a month is never a mix of two sources, and the node's days are preferred to mempool.space's.",
  ],
  kind: "archive",
  staleAfterHours: null,
  cadence:
    "bundled: daily 2019-09-01 … 2026-06-01; later months from the mempool source's daily values, or the operator's node's (hourly pass, complete days only)",
  records: ["network-months"],
  seeded: true,
  fixtures: [
    {
      file: "lib/sources/network-hashrate/fixtures/btc_network_daily.coinmetrics.trimmed.csv",
      parse: (text) => parseNetworkDailyCsv(text),
    },
  ],
};
