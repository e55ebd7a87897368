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
  /**
   * Months the evidence model can estimate (network hashrate known, from ESTIMATE_FROM on): the
   * estimate panel is drawn with the page, so on a phone the map does not shrink (and redraw
   * in one long task) when the evidence arrives after the first paint.
   */
  estimableMonths: string[];
  /** The embeddable variant: map and timeline only (the /embed route). */
  chromeless?: boolean;
}
