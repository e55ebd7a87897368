import useSWR from "swr";
import { sharesSchema } from "@/lib/api/schemas";
import { fetchParsed, KEYS, LIVE_REFRESH_MS } from "./fetcher";

/**
 * One month's country shares (null data = the month is a gap). `live` is true at the latest
 * month: only then is the data re-checked; past months are archives and never refetched.
 */
export function useShares(month: string | null, live = false) {
  return useSWR(
    month ? KEYS.shares(month) : null,
    (url: string) => fetchParsed(url, sharesSchema, { notFoundIsGap: true }),
    {
      keepPreviousData: true,
      refreshInterval: live ? LIVE_REFRESH_MS : 0,
      revalidateIfStale: live,
    },
  );
}
