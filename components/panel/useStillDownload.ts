"use client";
import { useSWRConfig } from "swr";
import type { MonthEstimate } from "@/lib/analytics/estimate/model";
import type { Assumptions } from "@/lib/core/assumptions";
import { useLocationHref } from "../atlas/location";
import { KEYS } from "../hooks/fetcher";

interface StillView {
  month: string;
  definition: string;
  definitionName: string;
  members: ReadonlySet<string>;
  /** Whether the view shows the known-sites layer: the still then draws it too. */
  showSites: boolean;
  /** The map shows the estimate from evidence: the still shows the same ranges, so labelled. */
  estimated: boolean;
  estimate: MonthEstimate | null;
  assumptions: Assumptions;
}

/**
 * Downloads the view as a still image (PNG or SVG). The renderer loads on first use; the data
 * comes from the page's cache (or the API), checked with the shared schemas. Resolves with the
 * file name, rejects with a reason a reader can act on.
 */
export function useStillDownload(view: StillView) {
  const { cache } = useSWRConfig();
  const origin = new URL(useLocationHref() || "http://localhost/").origin;
  return async (format: "png" | "svg"): Promise<string> => {
    if (view.estimated && view.estimate?.month !== view.month)
      throw new Error("the estimate for this month is still loading; try again in a moment");
    const [
      { renderStill, stillFilename },
      { cachedOrFetch },
      { downloadBlob },
      { estimatedMonth },
    ] = await Promise.all([
      import("../export/still"),
      import("../export/load"),
      import("../export/download"),
      import("../export/scene"),
    ]);
    const estimate = view.estimated ? view.estimate : null;
    const [shares, gs, facts, { sitesAtMonth }, estimated] = await Promise.all([
      estimate
        ? null
        : cachedOrFetch(cache, KEYS.shares(view.month), "sharesSchema", { notFoundIsGap: true }),
      estimate
        ? null
        : cachedOrFetch(cache, KEYS.globalSouth(view.definition), "globalSouthSchema"),
      view.showSites ? cachedOrFetch(cache, KEYS.siteFacts(), "siteFactsSchema") : null,
      import("@/lib/analytics/site-state"),
      estimate ? estimatedMonth(estimate, view.members, view.assumptions) : null,
    ]);
    const req = {
      month: view.month,
      shares,
      globalSouth: gs?.series.find((p) => p.month === view.month) ?? null,
      definitionId: view.definition,
      definitionName: view.definitionName,
      members: view.members,
      sites: facts ? sitesAtMonth(facts.facts, view.month) : [],
      origin,
      estimate: estimated,
    };
    const name = stillFilename(req, format);
    downloadBlob(await renderStill(req, format), name);
    return name;
  };
}
