import type { Cache } from "swr";
import { monthOf } from "@/lib/core/month";
import type {
  NodeLocationsResponse,
  NodesResponse,
  PoolsResponse,
  SharesResponse,
  SiteFactsResponse,
} from "@/lib/responses/schemas";
import { KEYS } from "../hooks/fetcher";
import {
  type MonthFrame,
  nodesFrame,
  poolsFrame,
  sharesFrame,
  sitesFrame,
} from "../map/month-frame";

function peek<T>(cache: Cache, key: string): T | null | undefined {
  return (cache.get(key) as { data?: T | null } | undefined)?.data;
}

/**
 * Every layer's data for a month straight from the SWR cache, for the slider's one-frame step:
 * shares and node summaries of every month are prefetched (usePrefetchMonths), the located nodes
 * once per snapshot; anything not cached yet is `undefined` and follows when the page does.
 */
export function frameFromCache(
  cache: Cache,
  month: string,
  available: ReadonlySet<string> | null,
): MonthFrame {
  const gap = available !== null && !available.has(month);
  const summary = peek<NodesResponse>(cache, KEYS.nodes(month));
  const snapshot = (summary?.snapshot ?? summary?.sample)?.timestamp;
  const located = snapshot
    ? peek<NodeLocationsResponse>(cache, KEYS.nodeLocations(monthOf(snapshot)))
    : undefined;
  return {
    month,
    shares: sharesFrame(peek<SharesResponse>(cache, KEYS.shares(month)), month, gap),
    nodes: nodesFrame(summary, located, month),
    pools: poolsFrame(peek<PoolsResponse>(cache, KEYS.pools(month)), month),
    sites: sitesFrame(peek<SiteFactsResponse>(cache, KEYS.siteFacts()), month),
  };
}
