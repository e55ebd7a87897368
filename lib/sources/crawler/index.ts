import {
  type CrawlOptionsInput,
  type CrawlResult,
  formatCrawlSummary,
  runCrawl,
  summarizeCrawl,
} from "../../crawler/index";
import { SourceError } from "../../http/errors";
import type { IngestContext } from "../../ingest/context";
import type { FetchedBatch } from "../../ingest/write";
import type { SourceDefinition } from "../definition";
import { crawlSha256, type Geolocate, SOURCE_ID, toNodeSnapshot } from "./parse";
import { implausibleCrawl, previousReached } from "./plausible";

/**
 * Our own walk of the Bitcoin P2P network (lib/crawler/ is its client): provenance shown on
 * /sources and stamped on every snapshot. The worker crawls mainnet from the DNS seeds with the
 * crawler's polite defaults; `atlas crawl` takes options.
 */
export const crawlerSource: SourceDefinition = {
  id: SOURCE_ID,
  name: "Hashrate Atlas P2P crawler (reachable nodes)",
  publisher: "Hashrate Atlas (own measurement)",
  url: "https://developer.bitcoin.org/reference/p2p_networking.html",
  licence:
    "Own measurement of the public Bitcoin P2P network; aggregates published under the project's MIT licence.",
  attribution:
    "Hashrate Atlas crawler, Bitcoin P2P network walk; locations from the offline GeoIP database",
  notes: [
    "Reachable = an IPv4/IPv6 node that completed the version/verack handshake during the crawl.",
    "Tor, I2P and CJDNS addresses are learned from peers' addr/addrv2 gossip but not dialled; each distinct address is counted as an unlocated node of its network, so those counts are addresses heard of, not nodes reached.",
    "IP nodes are placed by the offline GeoIP database; a node it cannot place is counted as unlocated (ipv4/ipv6), never dropped.",
    "Aggregates only: node counts per country and per location rounded to 0.1°; no addresses are stored.",
  ],
  kind: "live",
  // Expected daily; two missed runs make it stale.
  staleAfterHours: 48,
  evidence: "Reachable nodes found by our own walk of the Bitcoin peer-to-peer network.",
  cadence: "whenever we crawl (a walk takes up to ten minutes)",
  records: ["node-snapshot"],
  seeded: false,
  ingest: {
    // A ten-minute walk is not part of `atlas ingest all`: `atlas crawl` runs it by hand.
    target: null,
    usage: "atlas crawl",
    needsNetwork: true,
    fetch: (ctx) => fetchCrawl(ctx),
    every: "ATLAS_INTERVAL_CRAWL_MIN",
  },
};

/**
 * Walks the network with `options` (default: mainnet from the DNS seeds) and geolocates what it
 * reached with the context's GeoIP database: one `crawler` node snapshot — the same tables the
 * map and alerts read for Bitnodes. A crawl that reached nobody, or a tenth of last time, is our
 * outage and is refused (SourceError "implausible"): the last good data stays. Options are the
 * caller's to validate (crawlOptionsSchema); runCrawl throws on invalid ones.
 */
export async function* fetchCrawl(
  ctx: IngestContext,
  options: CrawlOptionsInput = {},
): AsyncGenerator<FetchedBatch> {
  const result = await runCrawl(options, {
    onProgress: (p) =>
      ctx.log.progress(
        `crawl: reached ${p.reached}, failed ${p.failed}, queued`,
        p.reached,
        p.reached + p.queued,
      ),
  });
  const refusal = implausibleCrawl(result.nodes.length, await previousReached(ctx.db));
  if (refusal) throw new SourceError(SOURCE_ID, "implausible", refusal);
  ctx.log.info(formatCrawlSummary(summarizeCrawl(result)), { geoip: ctx.geo?.database ?? null });
  yield crawlBatch(result, (ip) => ctx.geo?.locate(ip) ?? null);
}

/** A crawl's result as one node snapshot (`total`: the nodes and overlay addresses it counts). */
export function crawlBatch(result: CrawlResult, geolocate: Geolocate): FetchedBatch {
  return {
    kind: "node-snapshot",
    records: toNodeSnapshot(result, geolocate),
    sha256: crawlSha256(result),
    upstreamUrl: `p2p:${result.network}`,
    fetchedAt: result.finishedAt,
  };
}
