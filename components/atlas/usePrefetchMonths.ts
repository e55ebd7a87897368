"use client";
import { useEffect } from "react";
import { preload } from "swr";
import { sharesSchema } from "@/lib/api/schemas";
import { fetchParsed, KEYS } from "../hooks/fetcher";

/**
 * Warms the cache with every month's shares once the page is idle, so a slider step finds its
 * data already there and only restyles (a few KB per month; archive months never change).
 */
export function usePrefetchMonths(months: readonly string[]) {
  useEffect(() => {
    const run = () => {
      for (const m of months)
        preload(KEYS.shares(m), (url: string) =>
          fetchParsed(url, sharesSchema, { notFoundIsGap: true }),
        );
    };
    const id = window.setTimeout(run, 300);
    return () => window.clearTimeout(id);
  }, [months]);
}
