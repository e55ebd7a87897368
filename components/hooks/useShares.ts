import useSWR from "swr";
import { fetchParsed, KEYS, LIVE_REFRESH_MS } from "./fetcher";

/**
 * One month's country shares. A month the month index lists no data for is a gap: it is not
 * requested at all and its data is null (never the previous month's rows). `live` is true at
 * the latest month: only then is the data re-checked; past months are archives.
 */
export function useShares(
  month: string | null,
  available: ReadonlySet<string> | null,
  live = false,
) {
  const gap = month !== null && available !== null && !available.has(month);
  const swr = useSWR(
    month && !gap ? KEYS.shares(month) : null,
    (url: string) => fetchParsed(url, "sharesSchema", { notFoundIsGap: true }),
    {
      keepPreviousData: true,
      refreshInterval: live ? LIVE_REFRESH_MS : 0,
    },
  );
  return gap ? { ...swr, data: null } : swr;
}
