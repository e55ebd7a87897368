import { runCrawl } from "../../lib/crawler/index";
import {
  closeFastPeers,
  type FastPeer,
  loopbackAddr,
  startFastPeer,
} from "../../lib/crawler/testing/fast-peer";
import type { Figure } from "./figure";

/** 2,000 peers is a few percent of the reachable mainnet, enough to show the walk's steady rate. */
const PEERS = 2_000;
const CONCURRENCY = 100;
/** Each peer gossips its two children in a binary tree (so every peer is reachable) + 8 others. */
const GOSSIP_EXTRA = 8;
/** The bench is bounded even if something hangs. */
const DEADLINE_MS = 60_000;
const TARGET_PEERS_PER_S = 250;
const TARGET_PEAK_RSS_MB = 400;

/**
 * Crawl of 2,000 in-process fake peers on 127.0.0.1 (see lib/crawler/testing/fast-peer.ts), from
 * one entry peer, at CONCURRENCY connections. Peers and crawler share this process, so the rate and
 * the peak RSS include serving the peers: a conservative figure for the crawler alone.
 */
export async function benchCrawl(): Promise<Figure[]> {
  const peers: FastPeer[] = [];
  for (let i = 0; i < PEERS; i++) peers.push(await startFastPeer());
  let seed = 42;
  const random = () => {
    seed = (seed * 1103515245 + 12345) % 2 ** 31;
    return seed % PEERS;
  };
  peers.forEach((peer, i) => {
    const ids = [2 * i + 1, 2 * i + 2].filter((c) => c < PEERS);
    for (let k = 0; k < GOSSIP_EXTRA; k++) ids.push(random());
    peer.reply = loopbackAddr(ids.map((id) => (peers[id] as FastPeer).port));
  });

  let peakRss = process.memoryUsage().rss;
  const sampler = setInterval(() => {
    peakRss = Math.max(peakRss, process.memoryUsage().rss);
  }, 20);
  const started = performance.now();
  const result = await runCrawl({
    peers: [`127.0.0.1:${(peers[0] as FastPeer).port}`],
    allowPrivate: true,
    concurrency: CONCURRENCY,
    politenessMs: 0,
    deadlineMs: DEADLINE_MS,
    maxNodes: PEERS,
  });
  const seconds = (performance.now() - started) / 1000;
  clearInterval(sampler);
  await closeFastPeers(peers);

  const rate = Math.round((result.nodes.length / seconds) * 10) / 10;
  const peakMb = Math.round(peakRss / 1e5) / 10;
  const complete = result.nodes.length === PEERS;
  return [
    {
      name: `crawl ${PEERS} loopback peers: nodes reached`,
      value: result.nodes.length,
      unit: "nodes",
      target: PEERS,
      ok: complete,
    },
    {
      name: `crawl ${PEERS} loopback peers at concurrency ${CONCURRENCY}`,
      value: rate,
      unit: "peers/s",
      target: TARGET_PEERS_PER_S,
      ok: complete && rate >= TARGET_PEERS_PER_S,
    },
    {
      name: `crawl ${PEERS} loopback peers: peak RSS`,
      value: peakMb,
      unit: "MB",
      target: TARGET_PEAK_RSS_MB,
      ok: peakMb <= TARGET_PEAK_RSS_MB,
    },
  ];
}
