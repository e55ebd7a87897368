import type { SourceDefinition } from "../definition";

/**
 * Which pool mined each block, 2020-01 … 2026-02, as monthly block counts per pool, bundled in
 * the seed (scripts/derive/pool-history.ts). A closed archive: later months come from the
 * operator's node (bitcoind's block attribution) or mempool.space.
 */
export const poolHistorySource: SourceDefinition = {
  id: "pool-history",
  name: "Blocks by mining pool, monthly (2020-01 … 2026-02)",
  publisher:
    "sorukumar/bitcoin-mining-pools (Saurabh Kumar), from jlopp/bitcoin-blocks-by-mining-pool (mempool.space's attribution) and coinbase tags",
  url: "https://github.com/sorukumar/bitcoin-mining-pools",
  licence:
    "BSD-2-Clause (© 2026 Saurabh Kumar); the jlopp export it builds on is MIT (© 2024 Jameson Lopp)",
  licenceUrl: "https://opensource.org/license/bsd-2-clause",
  attribution:
    "Block attribution by pool: sorukumar/bitcoin-mining-pools (BSD-2-Clause), built on jlopp/bitcoin-blocks-by-mining-pool (MIT) and mempool.space's pool attribution; monthly counts by Hashrate Atlas",
  notes: [
    "A month's block share estimates the pool's share of hashrate, with noise: for a pool with 30 % of about 4,400 blocks, about ±0.7 percentage points (1σ).",
    "Attribution by coinbase tags and payout addresses: mempool.space's (via jlopp's export) up to 2024-11-07, an undocumented pre-resolved list to 2025-11-16, coinbase tags after. Proxy pools mining on another pool's templates count under their own tag.",
    "About 0.7 % of the blocks are `unknown` (no tag or address matched); they are kept apart as unattributed, never given to a pool.",
    "Nothing here is about geography: a pool's blocks are not where its miners are.",
    "Months use block header time, so a few blocks at a month boundary may fall in the neighbouring month.",
  ],
  kind: "archive",
  staleAfterHours: null,
  evidence:
    "Which pool mined each block, as block counts per pool for every complete month from January 2020 to February 2026 (BSD-2-Clause, built on jlopp's MIT export of mempool.space's attribution and on coinbase tags). A month's share of blocks is an estimate of a pool's share of hashrate (±0.7 points for a 30 % pool); about 0.7 % of blocks are unknown and kept apart.",
  cadence: "closed: complete UTC months 2020-01 … 2026-02",
  records: ["pool-blocks"],
  seeded: true,
};
