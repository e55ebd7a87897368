import useSWR from "swr";
import { fetchParsed, KEYS, LIVE_REFRESH_MS } from "./fetcher";

/**
 * Every known site's dated facts, fetched once: the sites layer places them at any month in the
 * browser (lib/analytics/site-state.ts), so a slider step needs no request.
 */
export function useSiteFacts(enabled = true) {
  return useSWR(
    enabled ? KEYS.siteFacts() : null,
    (url: string) => fetchParsed(url, "siteFactsSchema"),
    { refreshInterval: LIVE_REFRESH_MS, revalidateIfStale: false },
  );
}
