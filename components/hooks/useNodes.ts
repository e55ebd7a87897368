import useSWR from "swr";
import { fetchParsed, KEYS, LIVE_REFRESH_MS } from "./fetcher";

/** The month's node summary: which snapshot applies, per-country counts, unlocated by network. */
export function useNodes(month: string | null, live = false) {
  return useSWR(
    month ? KEYS.nodes(month) : null,
    (url: string) => fetchParsed(url, "nodesSchema"),
    {
      keepPreviousData: true,
      refreshInterval: live ? LIVE_REFRESH_MS : 0,
    },
  );
}
