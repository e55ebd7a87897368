import { createHash } from "node:crypto";
import { monthOf } from "../../core/month";
import { attributor } from "../../evidence/block-attribution";
import type { BitcoindConfig } from "../../ingest/context";
import type { FetchedBatch } from "../../ingest/write";
import {
  type AttributedBlock,
  getAttributedTip,
  listAttributionPools,
} from "../../store/attributed-blocks";
import type { Db } from "../../store/schema";
import { callRpc, SOURCE_ID } from "./client";
import { toAttributedBlock } from "./parse";
import { blockHashSchema, blockHeaderSchema, blockSchema, coinbaseTxSchema } from "./schema";

/**
 * Live pool attribution from the operator's node: each pass reads the blocks after the last one
 * it attributed, names each one's pool by the registry's rules, and rebuilds the block window of
 * every month it touched — the monthly series then continues past the bundled history.
 */

/** The first month the node attributes: the one after the bundled pool history's last (2026-02). */
const ATTRIBUTE_FROM_MONTH = "2026-03";
/**
 * At most one difficulty epoch of blocks per pass (3 RPC calls each): a node catching up on
 * months of blocks does so over several hourly passes rather than holding the ingest lock.
 */
const MAX_BLOCKS_PER_PASS = 2016;
/** Blocks below the stored tip read again each pass, so a reorganised tip is re-attributed. */
const REORG_DEPTH = 6;

const hashAt = (config: BitcoindConfig, height: number) =>
  callRpc(config, "getblockhash", [height], blockHashSchema);

/**
 * The first block whose median time is at or after `iso` (median time never decreases, header
 * time can), by binary search over heights; `tip + 1` when there is none yet.
 */
async function firstHeightFrom(config: BitcoindConfig, tip: number, iso: string): Promise<number> {
  const at = Date.parse(iso) / 1000;
  let lo = 0;
  let hi = tip + 1;
  while (lo < hi) {
    const mid = Math.floor((lo + hi) / 2);
    const header = await callRpc(
      config,
      "getblockheader",
      [await hashAt(config, mid)],
      blockHeaderSchema,
    );
    if (header.mediantime >= at) hi = mid;
    else lo = mid + 1;
  }
  return lo;
}

async function readBlock(
  config: BitcoindConfig,
  height: number,
  attribute: ReturnType<typeof attributor>,
): Promise<AttributedBlock> {
  const block = await callRpc(config, "getblock", [await hashAt(config, height), 1], blockSchema);
  // With the block's hash the node finds its coinbase without -txindex.
  const coinbase = await callRpc(
    config,
    "getrawtransaction",
    [block.tx[0], true, block.hash],
    coinbaseTxSchema,
  );
  return toAttributedBlock(block, coinbase, attribute);
}

/**
 * One pass: reads and attributes the blocks after the last attributed one, up to `tip`, with
 * the months whose window they rebuild; null when there is none to read.
 */
export async function readNewBlocks(
  db: Db,
  config: BitcoindConfig,
  tip: number,
  fetchedAt: string,
): Promise<FetchedBatch | null> {
  const stored = await getAttributedTip(db, SOURCE_ID);
  const from =
    stored === null
      ? await firstHeightFrom(config, tip, `${ATTRIBUTE_FROM_MONTH}-01T00:00:00.000Z`)
      : Math.max(0, stored - REORG_DEPTH + 1);
  const to = Math.min(tip, from + MAX_BLOCKS_PER_PASS - 1);
  if (from > to) return null;
  const attribute = attributor(await listAttributionPools(db));
  const blocks: AttributedBlock[] = [];
  for (let h = from; h <= to; h += 1) blocks.push(await readBlock(config, h, attribute));
  // Months before ATTRIBUTE_FROM_MONTH keep the bundled history's complete months.
  const months = [...new Set(blocks.map((b) => monthOf(b.time)))]
    .filter((m) => m >= ATTRIBUTE_FROM_MONTH)
    .sort();
  return {
    kind: "attributed-blocks",
    records: { blocks, months },
    sha256: createHash("sha256")
      .update(blocks.map((b) => `${b.height}:${b.hash}:${b.slug}`).join("\n"))
      .digest("hex"),
    upstreamUrl: `rpc:${new URL(config.url).host}/blocks/${from}-${to}`,
    fetchedAt,
    // Blocks say nothing of how far the node's view of the network reaches.
    dataAt: null,
  };
}
