import type { Definition } from "@/lib/geo/definition-schema";
import type { Timeline, ViewState } from "@/lib/url-state/view-state";

/** What the map page (and /embed) hands the interactive atlas, prepared on the server. */
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
