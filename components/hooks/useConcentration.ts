import useSWR from "swr";
import { fetchParsed, KEYS, LIVE_REFRESH_MS } from "./fetcher";

/** Pool concentration (Nakamoto coefficient, HHI) over every month with pool data. */
export function useConcentration() {
  return useSWR(KEYS.concentration(), (url: string) => fetchParsed(url, "concentrationSchema"), {
    keepPreviousData: true,
    refreshInterval: LIVE_REFRESH_MS,
  });
}
