import { createHash } from "node:crypto";
import { canonicalJson } from "../../core/canonical";
import type { IngestContext } from "../../ingest/context";
import type { FetchedBatch } from "../../ingest/write";
import type { SourceDefinition } from "../definition";
import { nodeNetworkDays } from "../network-hashrate/bitcoind-ingest";
import { readNewBlocks } from "./blocks";
import { callRpc, SOURCE_ID } from "./client";
import { toSnapshot } from "./parse";
import {
  blockchainInfoSchema,
  blockSchema,
  coinbaseTxSchema,
  nodeAddressesSchema,
  peerInfoSchema,
  rpcEnvelopeSchema,
} from "./schema";

const FIXTURES = "lib/sources/bitcoind/fixtures";

export const bitcoindSource: SourceDefinition = {
  id: SOURCE_ID,
  name: "Your Bitcoin Core node (RPC)",
  publisher: "the operator's own node",
  url: "https://developer.bitcoin.org/reference/rpc/",
  licence: "Your own node's data.",
  attribution:
    "Addresses known to and peers of the operator's Bitcoin Core node (getnodeaddresses, getpeerinfo); its blocks attributed to pools by the mempool/mining-pools registry's rules",
  notes: [
    "Blocks from 2026-03 on (after the bundled pool history) are attributed to pools from their coinbase: a registry payout address, else a registry coinbase tag, else unknown; each month's counts form one block window, labelled with the part of the month it covers. A share of blocks is an estimate of the pool's share of hashrate.",
    "One node's view: addresses in its address manager are known, not necessarily reachable now.",
    "Geolocated locally with DB-IP Lite (CC BY 4.0); onion, I2P and CJDNS addresses are counted as unlocated.",
  ],
  kind: "live",
  staleAfterHours: 6,
  evidence:
    "The network as the operator's own Bitcoin Core node sees it, and — from March 2026, after the bundled pool history — which pool mined each of its blocks, by the registry's payout addresses and coinbase tags (unknown when none matches), counted per month.",
  cadence: "whenever we ask: the node answers from its address manager and current peers",
  records: ["node-snapshot", "attributed-blocks", "network-days"],
  seeded: false,
  ingest: {
    target: "bitcoind",
    needsNetwork: true,
    unavailable: (ctx) =>
      ctx.bitcoind ? null : "no Bitcoin Core node configured (ATLAS_BITCOIND_URL)",
    fetch: fetchBitcoind,
    every: 60,
    onlyWith: "ATLAS_BITCOIND_URL",
  },
  fixtures: [
    {
      file: `${FIXTURES}/getnodeaddresses.constructed.json`,
      parse: (text) => nodeAddressesSchema.parse(rpcEnvelopeSchema.parse(JSON.parse(text)).result),
    },
    {
      file: `${FIXTURES}/getpeerinfo.constructed.json`,
      parse: (text) => peerInfoSchema.parse(rpcEnvelopeSchema.parse(JSON.parse(text)).result),
    },
    {
      file: `${FIXTURES}/getblock.regtest.constructed.json`,
      parse: (text) => blockSchema.parse(rpcEnvelopeSchema.parse(JSON.parse(text)).result),
    },
    {
      file: `${FIXTURES}/getrawtransaction-coinbase.regtest.constructed.json`,
      parse: (text) => coinbaseTxSchema.parse(rpcEnvelopeSchema.parse(JSON.parse(text)).result),
    },
  ],
};

/**
 * The network as seen from the operator's node (one snapshot), then the pools of the blocks it
 * has (a batch of attributed blocks, read once the snapshot is stored), then the network
 * hashrate of the complete days it has not given yet.
 */
async function* fetchBitcoind(ctx: IngestContext): AsyncGenerator<FetchedBatch> {
  const config = ctx.bitcoind;
  if (!config) return;
  const [addresses, peers, chain] = await Promise.all([
    callRpc(config, "getnodeaddresses", [0], nodeAddressesSchema),
    callRpc(config, "getpeerinfo", [], peerInfoSchema),
    callRpc(config, "getblockchaininfo", [], blockchainInfoSchema),
  ]);
  const at = ctx.now().toISOString();
  yield {
    kind: "node-snapshot",
    records: toSnapshot(addresses, peers, chain.blocks, at, ctx.geo),
    sha256: createHash("sha256")
      .update(canonicalJson({ addresses, peers: peers.map((p) => p.addr), height: chain.blocks }))
      .digest("hex"),
    upstreamUrl: `rpc:${new URL(config.url).host}`,
    fetchedAt: at,
  };
  // Then the blocks since the last pass, each attributed to its pool (./blocks.ts).
  const blocks = await readNewBlocks(ctx.db, config, chain.blocks, at);
  if (blocks) yield blocks;
  // And the complete days' network hashrate, for the estimate's denominator. Its failure is
  // logged on its own: the node's snapshot and blocks above are kept either way.
  const days = await nodeNetworkDays(ctx, config).catch((error: unknown) => {
    ctx.log.error("network hashrate from the node failed; its snapshot and blocks are kept", {
      source: SOURCE_ID,
      error: (error as Error).message,
    });
    return null;
  });
  if (days) yield days;
}
