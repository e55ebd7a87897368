import { readFileSync } from "node:fs";
import { join } from "node:path";
import { parse } from "csv-parse/sync";

/**
 * The raw public files the seed is derived from (paths under shared/data/raw) and where each
 * came from upstream, as recorded in shared/data/raw/PROVENANCE.md. The origin strings are
 * copied into every seed file's `source.derivedFrom` and into data/seed/README.md.
 */
export const RAW = {
  ccaf: {
    file: "ccaf/ccaf_mining_map_countries_2019-09_2022-01.csv",
    origin:
      "CCAF CBECI Bitcoin Mining Map country export, via GitHub Mccalabrese/Bitcoin-Hashrate-simulations-MonteCarlo, Resources/export.csv @ f33cb8231f1959ef1f21b5105fad3c57d0104c46",
  },
  estimates: {
    file: "estimates/published_country_hashrate_estimates.transcribed.csv",
    origin:
      "hand transcription of figures printed in news articles that quote the publishers (article URLs per row)",
  },
  bitnodes: {
    file: "bitnodes/bitnodes-api-snapshot-1647591363.json",
    origin:
      "Bitnodes API GET /api/v1/snapshots/1647591363/, via GitHub Shurikal/bitcoin_network, Analysis/bitnode_dump.json @ 33014eaacf81335edd0de2ec1d6fb1a3ccdec878",
  },
  poolsV2: {
    file: "pools/mempool-mining-pools.pools-v2.json",
    origin: "GitHub mempool/mining-pools, pools-v2.json @ 6abbdc8b9865be69239a3b990c8198f747aeaa6c",
  },
  poolsV1: {
    file: "pools/mempool-mining-pools.pools-v1-legacy.json",
    origin:
      "GitHub mempool/mining-pools, pools.json (legacy, for its `slugs` map) @ 6abbdc8b9865be69239a3b990c8198f747aeaa6c",
  },
  mempoolPools1w: {
    file: "mempool-api/api_v1_mining_pools_1w.2025-04-02.json",
    origin:
      "mempool.space GET /api/v1/mining/pools/1w as recorded in GitHub mempool/mempool, frontend/cypress/fixtures/details_rbf/api_mining_pools_1w.json @ 20ef5b328888a5eb858b80674094e047334c96df (2025-04-02)",
  },
  stratum: {
    file: "pools/stratum_endpoints_curated.csv",
    origin:
      "hand-curated from public stratum-watcher configs (achow101/stratum-watcher @ 1ff6092676000f44b2fc890086290fa27f1c676a, bboerst/stratum-watcher @ 24f86106e3bbded5838f161fa61538bef6c6d5a9) and one Braiins page; URL per row",
  },
  bitcoinDataPoolList: {
    file: "pools/bitcoin-data-mining-pools.pool-list.json",
    origin:
      "GitHub bitcoin-data/mining-pools, pool-list.json (branch generated) @ e33b2d61b2c2dbf1247c376842ea12e7a42e5ff3",
  },
  bitcoinDataPools: {
    file: "pools/bitcoin-data-mining-pools.pools.json",
    origin:
      "GitHub bitcoin-data/mining-pools, pools.json (branch generated) @ e33b2d61b2c2dbf1247c376842ea12e7a42e5ff3",
  },
  poolHistory: {
    file: "pools/history/pools_monthly_blocks.2020-01_2026-02.csv",
    origin:
      "monthly block counts per pool derived (derive_monthly.mjs) from GitHub sorukumar/bitcoin-mining-pools, dashboard/data/blocks_post_2020.parquet @ 63c2fb4f2afe68fccb3c049a591891644faf1c7a (BSD-2-Clause), itself from jlopp/bitcoin-blocks-by-mining-pool (MIT, mempool.space slugs) and coinbase tags",
  },
  poolHistorySlugs: {
    file: "pools/history/pool_slug_to_mempool_registry.csv",
    origin:
      "mapping of the history's slugs to mempool/mining-pools pool names (shared/data/raw/pools/history/PROVENANCE.md)",
  },
  dsnCountries: {
    file: "nodes/dsn/dsn_reachable_nodes_by_country_monthly.csv",
    origin:
      "monthly median/min/max (derive_dsn_monthly.py) of KIT DSN monitor N's peers per country, N/whois,asn_country_code_all.gp from GitHub bitcoin-data/bitcoin-stats-archive, branch dsn-bitcoin-monitoring @ f5b11a87b0d021acd98a1bf02c8c979fca7d2cae (CC BY 4.0)",
  },
  dsnCoverage: {
    file: "nodes/dsn/dsn_monthly_coverage.csv",
    origin: "per month: samples, outages dropped, first and last sample (derive_dsn_monthly.py)",
  },
  fixedSeeds28: {
    file: "nodes/bitcoin-core-fixed-seeds/v28.0/nodes_main.txt",
    origin:
      "Bitcoin Core contrib/seeds/nodes_main.txt at tag v28.0 (110183746150428e6385880c79f8c5733b1361ba; last changed 2024-08-27, PR #30695), MIT",
  },
  fixedSeeds29: {
    file: "nodes/bitcoin-core-fixed-seeds/v29.0/nodes_main.txt",
    origin:
      "Bitcoin Core contrib/seeds/nodes_main.txt at tag v29.0 (f490f5562d4b20857ef8d042c050763795fd43da; last changed 2025-03-06, PR #31960), MIT",
  },
  countryCodes: {
    file: "reference/datasets-country-codes.2020-10-15.csv",
    origin:
      "GitHub datasets/country-codes, data/country-codes.csv @ 4b783b025f20754680389f7604a86f51d9de30c9 (PDDL)",
  },
  g77: {
    file: "reference/g77_members.csv",
    origin:
      "GitHub UN-CRAFd/crafd-reference-datasets, data/external/g77_list.csv @ c4cd6a84f5255ca4ea26f5a86b22e128c0aabec2 (from https://www.g77.org/doc/members.html)",
  },
  sites: {
    file: "sites/mining_sites.csv",
    origin:
      "hand transcription (November 2026) of company filings and releases and news articles, one dated fact per row with its source URL (shared/data/raw/sites/PROVENANCE.md)",
  },
  regulator: {
    file: "sites/energy_regulator_figures.csv",
    origin:
      "hand transcription (November 2026) of what utilities, regulators and ministries said about mining load, source URL per row (shared/data/raw/sites/PROVENANCE.md)",
  },
  estimates2026: {
    file: "estimates/published_country_hashrate_estimates.2022-2026.transcribed.csv",
    origin:
      "hand transcription of published country estimates 2022–2026 relayed by the press, with a confidence per row (shared/data/raw/sites/PROVENANCE.md)",
  },
  networkDaily: {
    file: "network/btc_network_daily.coinmetrics.csv",
    origin:
      "Coin Metrics HashRate ÷ 10^6 (EH/s), daily 2019-09-01 … 2026-06-01: coinmetrics/data csv/btc.csv @ cb3f32cc6c5045d5574e730a7c9784d58965629e (to 2019-12-31) and a Community API v4 pull committed in GabrielMazzali/onchain-vs-price data/raw/coinmetrics_btc.csv @ 358058205f6af9236537d337fe18a0031e353be1 (shared/data/raw/PROVENANCE.md)",
  },
  fleetEfficiency: {
    file: "network/fleet_efficiency.cbeci.csv",
    origin:
      'CBECI daily download "Energy efficiency of Bitcoin mining hardware" (0.05 USD/kWh) averaged by month, copy committed in GitHub xujiahuayz/fork data/mining_hardware_efficiency.csv @ 026c4d4cfecd21ff5472c3221c836806823f99c1 (shared/data/raw/PROVENANCE.md)',
  },
  miners: {
    file: "sites/public_miner_hashrate.csv",
    origin:
      "hand transcription (2026-12-06) of listed miners' releases, SEC filings and press relays, source URL and quote per row (shared/data/raw/sites/PROVENANCE.md)",
  },
} as const;

export type RawFile = (typeof RAW)[keyof typeof RAW];

export function readRawText(rawDir: string, raw: RawFile): string {
  return readFileSync(join(rawDir, raw.file), "utf8");
}

export function readRawJson(rawDir: string, raw: RawFile): unknown {
  return JSON.parse(readRawText(rawDir, raw));
}

/**
 * CSV rows as header-keyed records of strings (nothing converted implicitly), left `unknown` so
 * each caller validates them against its own zod row schema.
 */
export function parseCsv(text: string, options: { commentLines?: boolean } = {}): unknown {
  return parse(text, {
    columns: true,
    skip_empty_lines: true,
    bom: true,
    // Only whole lines starting with "#" are comments; a "#" inside a value stays data.
    ...(options.commentLines === true ? { comment: "#", comment_no_infix: true } : {}),
  });
}
