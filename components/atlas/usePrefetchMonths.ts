"use client";
import { useEffect } from "react";
import { useSWRConfig } from "swr";
import { fetchParsed, KEYS } from "../hooks/fetcher";

/**
 * Puts every month's shares and node summary (which snapshot the month shows) into the SWR
 * cache once the page is idle, so a slider step finds its data there and only restyles (a few
 * KB per month; archive months never change). Written with `mutate`, not `preload`: the
 * slider's fast path reads the cache directly. It starts after the page has loaded and asks
 * for one month per idle period, so it never competes with the first view.
 */
export function usePrefetchMonths(
  /** Months with shares (the month index). */
  months: readonly string[],
  /** Every month on the slider: each names its node snapshot, or none. */
  timeline: readonly string[],
) {
  const { cache, mutate } = useSWRConfig();
  useEffect(() => {
    // Stops with the page: the cache (the page's own SWR provider) goes when the page does.
    let stopped = false;
    const run = async () => {
      const options = { populateCache: true, revalidate: false } as const;
      await afterLoad();
      for (const m of months) {
        const shares = KEYS.shares(m);
        await idle();
        if (stopped) return;
        if (cache.get(shares)?.data === undefined)
          await mutate(
            shares,
            fetchParsed(shares, "sharesSchema", { notFoundIsGap: true }),
            options,
          );
      }
      for (const m of timeline) {
        const nodes = KEYS.nodes(m);
        await idle();
        if (stopped) return;
        if (cache.get(nodes)?.data === undefined)
          await mutate(nodes, fetchParsed(nodes, "nodesSchema"), options);
      }
      // Read by the bench, which times slider steps once every month is at hand.
      document.documentElement.dataset.monthsPrefetched = "true";
    };
    // Best effort: a month left out is fetched when it is shown. Leaving the page drops the
    // page's cache before this effect's cleanup runs, so a write in that window fails: stop there.
    const id = window.setTimeout(() => run().catch(() => {}), 300);
    return () => {
      stopped = true;
      window.clearTimeout(id);
    };
  }, [months, timeline, cache, mutate]);
}

/** Resolves once the page's load event has fired. */
function afterLoad(): Promise<void> {
  if (document.readyState === "complete") return Promise.resolve();
  return new Promise((resolve) => window.addEventListener("load", () => resolve(), { once: true }));
}

/** Resolves in the browser's next idle period (at the latest after a second). */
function idle(): Promise<void> {
  return new Promise((resolve) => {
    if ("requestIdleCallback" in window)
      window.requestIdleCallback(() => resolve(), { timeout: 1000 });
    else setTimeout(resolve, 50);
  });
}
