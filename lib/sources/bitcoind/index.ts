import { createHash } from "node:crypto";
import { canonicalJson } from "../../core/canonical";
import type { IngestContext } from "../../ingest/context";
import { storeNodeSnapshot } from "../../ingest/node-snapshot";
import { type IngestOutcome, runSource } from "../../ingest/run";
import type { SourceDefinition } from "../definition";
import { storeNodeNetworkHashrate } from "../network-hashrate/bitcoind-ingest";
import { attributeNewBlocks } from "./blocks";
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
  cadence: "whenever we ask: the node answers from its address manager and current peers",
  seeded: false,
  ingest: {
    target: "bitcoind",
    needsNetwork: true,
    run: ingestBitcoind,
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
 * The network as seen from the operator's node, and the pools of the blocks it has. Skipped (not failed) when no node is configured,
 * so `ingest all` works the same with or without one.
 */
export function ingestBitcoind(ctx: IngestContext): Promise<IngestOutcome> {
  const config = ctx.bitcoind;
  if (!config) {
    ctx.log.info("skipped: no Bitcoin Core node configured (ATLAS_BITCOIND_URL)", {
      source: SOURCE_ID,
    });
    return Promise.resolve({ source: SOURCE_ID, ok: true, changed: false, records: 0 });
  }
  return runSource(ctx, bitcoindSource, async () => {
    const [addresses, peers, chain] = await Promise.all([
      callRpc(config, "getnodeaddresses", [0], nodeAddressesSchema),
      callRpc(config, "getpeerinfo", [], peerInfoSchema),
      callRpc(config, "getblockchaininfo", [], blockchainInfoSchema),
    ]);
    const at = ctx.now().toISOString();
    const input = toSnapshot(addresses, peers, chain.blocks, at, ctx.geo);
    const sha = createHash("sha256")
      .update(canonicalJson({ addresses, peers: peers.map((p) => p.addr), height: chain.blocks }))
      .digest("hex");
    const stored = await storeNodeSnapshot(
      ctx.db,
      bitcoindSource,
      {
        snapshot: input,
        sha256: sha,
        upstreamUrl: `rpc:${new URL(config.url).host}`,
        fetchedAt: at,
      },
      at,
    );
    // Then the blocks since the last pass, each attributed to its pool (lib/sources/bitcoind/blocks.ts).
    const blocks = await attributeNewBlocks(ctx.db, config, chain.blocks, at);
    // And the complete days' network hashrate, for the estimate's denominator (issue #22). Its
    // failure is logged on its own: the node's snapshot and blocks above are kept either way.
    const days = await storeNodeNetworkHashrate(ctx, config).catch((error: unknown) => {
      ctx.log.error("network hashrate from the node failed; its snapshot and blocks are kept", {
        source: SOURCE_ID,
        error: (error as Error).message,
      });
      return 0;
    });
    return {
      changed: stored.changed || blocks.blocks > 0 || days > 0,
      records: (stored.changed ? input.total : 0) + blocks.blocks + days,
    };
  });
}
