import { createHash } from "node:crypto";
import type { IngestContext } from "../../ingest/context";
import { type IngestOutcome, runSource } from "../../ingest/run";
import { canonicalJson } from "../../share/canonical";
import { hasIngest, ingestId, insertIngest } from "../../store/ingests";
import { insertNodeSnapshot } from "../../store/nodes";
import { recordSourceSuccess, type SourceDescription } from "../../store/sources";
import { callRpc, SOURCE_ID } from "./client";
import { toSnapshot } from "./parse";
import { blockchainInfoSchema, nodeAddressesSchema, peerInfoSchema } from "./schema";

export const bitcoindSource: SourceDescription = {
  id: SOURCE_ID,
  name: "Your Bitcoin Core node (RPC)",
  publisher: "the operator's own node",
  url: "https://developer.bitcoin.org/reference/rpc/",
  licence: "Your own node's data.",
  attribution:
    "Addresses known to and peers of the operator's Bitcoin Core node (getnodeaddresses, getpeerinfo)",
  notes: [
    "One node's view: addresses in its address manager are known, not necessarily reachable now.",
    "Geolocated locally with DB-IP Lite (CC BY 4.0); onion, I2P and CJDNS addresses are counted as unlocated.",
  ],
};

/**
 * The network as seen from the operator's node. Skipped (not failed) when no node is configured,
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
    const changed = await ctx.db.transaction().execute(async (trx) => {
      let inserted = false;
      if (!(await hasIngest(trx, ingestId(SOURCE_ID, sha)))) {
        const id = await insertIngest(trx, {
          sourceId: SOURCE_ID,
          fetchedAt: at,
          upstreamUrl: `rpc:${new URL(config.url).host}`,
          contentSha256: sha,
          recordCount: input.total,
        });
        inserted = await insertNodeSnapshot(trx, input, id);
      }
      await recordSourceSuccess(trx, SOURCE_ID, at, at);
      return inserted;
    });
    return { changed, records: changed ? input.total : 0 };
  });
}
