"use client";
import { SWRConfig } from "swr";
import type { Timeline, ViewState } from "@/app/search-params";
import type { Definition } from "@/lib/geo/definition-schema";
import { AtlasView } from "./AtlasView";

export interface AtlasProps {
  initial: ViewState;
  notices: string[];
  timeline: Timeline;
  /** Server-rendered responses keyed like the hooks' keys: the first paint needs no fetch. */
  fallback: Record<string, unknown>;
  definitions: Definition[];
  tileUrl: string | null;
  /** The embeddable variant: map and timeline only (the /embed route). */
  chromeless?: boolean;
}

/** The interactive page: map, timeline, panel and table, fed by SWR from the JSON API. */
export function Atlas({ fallback, ...props }: AtlasProps) {
  return (
    <SWRConfig value={{ fallback, revalidateOnFocus: false, dedupingInterval: 10_000 }}>
      <AtlasView {...props} />
    </SWRConfig>
  );
}
