import useSWR from "swr";
import { fetchParsed, KEYS, LIVE_REFRESH_MS } from "./fetcher";

/** Months with data; re-checked periodically so a new month appears without a reload. */
export function useMonths() {
  return useSWR(KEYS.months(), (url: string) => fetchParsed(url, "monthsSchema"), {
    refreshInterval: LIVE_REFRESH_MS,
  });
}
