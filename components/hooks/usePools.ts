import useSWR from "swr";
import { fetchParsed, KEYS, LIVE_REFRESH_MS } from "./fetcher";

/** Pool shares, concentration and located servers for the month (empty until pool data exists). */
export function usePools(month: string | null, live = false) {
  return useSWR(
    month ? KEYS.pools(month) : null,
    (url: string) => fetchParsed(url, "poolsSchema"),
    {
      keepPreviousData: true,
      refreshInterval: live ? LIVE_REFRESH_MS : 0,
    },
  );
}
