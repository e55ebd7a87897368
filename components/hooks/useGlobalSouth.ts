import useSWR from "swr";
import { fetchParsed, KEYS, LIVE_REFRESH_MS } from "./fetcher";

/** The Global South series for one definition, over every month with data. */
export function useGlobalSouth(definition: string) {
  return useSWR(
    KEYS.globalSouth(definition),
    (url: string) => fetchParsed(url, "globalSouthSchema"),
    {
      keepPreviousData: true,
      refreshInterval: LIVE_REFRESH_MS,
    },
  );
}
