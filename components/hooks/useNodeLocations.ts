import useSWR from "swr";
import { monthOf } from "@/lib/core/month";
import { fetchParsed, KEYS } from "./fetcher";

/**
 * The located nodes of the snapshot the month shows. Keyed by the snapshot's own month, not the
 * selected month: the newest snapshot before the end of the snapshot's month is that snapshot, so
 * every month showing it shares one cache entry and one download, and sliding never refetches.
 * No `keepPreviousData`: a month without a snapshot (null key) must not keep another's nodes.
 */
export function useNodeLocations(snapshotTimestamp: string | null) {
  return useSWR(
    snapshotTimestamp ? KEYS.nodeLocations(monthOf(snapshotTimestamp)) : null,
    (url: string) => fetchParsed(url, "nodeLocationsSchema"),
    { revalidateIfStale: false },
  );
}
