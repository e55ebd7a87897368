"use client";
import { useSWRConfig } from "swr";
import { useLocationHref } from "../atlas/location";
import { KEYS } from "../hooks/fetcher";

interface StillView {
  month: string;
  definition: string;
  definitionName: string;
  members: ReadonlySet<string>;
  /** Whether the view shows the known-sites layer: the still then draws it too. */
  showSites: boolean;
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
    const [{ renderStill, stillFilename }, { cachedOrFetch }, { downloadBlob }] = await Promise.all(
      [import("../export/still"), import("../export/load"), import("../export/download")],
    );
    const [shares, gs, facts, { sitesAtMonth }] = await Promise.all([
      cachedOrFetch(cache, KEYS.shares(view.month), "sharesSchema", { notFoundIsGap: true }),
      cachedOrFetch(cache, KEYS.globalSouth(view.definition), "globalSouthSchema"),
      view.showSites ? cachedOrFetch(cache, KEYS.siteFacts(), "siteFactsSchema") : null,
      import("@/lib/analytics/site-state"),
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
    };
    const name = stillFilename(req, format);
    downloadBlob(await renderStill(req, format), name);
    return name;
  };
}
