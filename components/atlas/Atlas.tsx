"use client";
import { type State, SWRConfig } from "swr";
import { AtlasView } from "./AtlasView";
import type { AtlasProps } from "./atlas-props";

/**
 * The interactive page: map, timeline, panel and table, fed by SWR from the JSON API. The
 * server's responses start in the cache itself, not as `fallback`: the slider's one-frame step
 * reads the cache, and a hook keeping a previous month's data (`keepPreviousData`) would
 * otherwise hold that data instead of a fallback it never fetches again (Back to the first month).
 * What the server sent is not fetched again on mount (`revalidateIfStale: false`): it is as new
 * as the page, and the live month's hooks re-check it on their refresh interval.
 */
export function Atlas({ fallback, ...props }: AtlasProps) {
  const provider = () =>
    new Map<string, State>(Object.entries(fallback).map(([key, data]) => [key, { data }]));
  return (
    <SWRConfig
      value={{
        provider,
        revalidateOnFocus: false,
        revalidateIfStale: false,
        dedupingInterval: 10_000,
      }}
    >
      <AtlasView {...props} />
    </SWRConfig>
  );
}
