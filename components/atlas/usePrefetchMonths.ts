"use client";
import { useEffect } from "react";
import { useSWRConfig } from "swr";
import { sharesSchema } from "@/lib/api/schemas";
import { fetchParsed, KEYS } from "../hooks/fetcher";

/**
 * Puts every month's shares into the SWR cache once the page is idle, so a slider step finds
 * its data there and only restyles (a few KB per month; archive months never change). Written
 * with `mutate`, not `preload`: the slider's fast path reads the cache directly.
 */
export function usePrefetchMonths(months: readonly string[]) {
  const { cache, mutate } = useSWRConfig();
  useEffect(() => {
    const run = async () => {
      for (const m of months) {
        const key = KEYS.shares(m);
        if (cache.get(key)?.data !== undefined) continue;
        await mutate(key, fetchParsed(key, sharesSchema, { notFoundIsGap: true }), {
          populateCache: true,
          revalidate: false,
        });
      }
    };
    const id = window.setTimeout(() => void run(), 300);
    return () => window.clearTimeout(id);
  }, [months, cache, mutate]);
}
