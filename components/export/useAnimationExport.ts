"use client";
import { useCallback, useEffect, useRef, useState } from "react";
import { useSWRConfig } from "swr";
import type { MonthEstimate } from "@/lib/analytics/estimate/model";
import type { Assumptions } from "@/lib/core/assumptions";
import { type ExportFormat, exportFilename, planFrames } from "@/lib/export/frames";
import { useLocationHref } from "../atlas/location";
import { KEYS } from "../hooks/fetcher";
import { downloadBlob, formatSize } from "./download";
import { cachedOrFetch } from "./load";
import type { WebmSupport } from "./webm-support";

type ExportJob =
  | { kind: "idle" }
  | { kind: "running"; done: number; total: number }
  | { kind: "done"; text: string }
  | { kind: "cancelled" }
  | { kind: "error"; text: string };

/** The job in words for the status line ("Rendering frame 5 of 30"). */
export function jobStatus(job: ExportJob): string {
  if (job.kind === "running")
    return job.done < job.total
      ? `Rendering frame ${job.done + 1} of ${job.total}`
      : "Finishing the file…";
  if (job.kind === "done") return job.text;
  if (job.kind === "cancelled") return "Export cancelled; nothing was downloaded.";
  return "";
}

/** The estimate as the map shows it: which months show it, and any month's on the view's assumptions. */
export interface ExportEstimates {
  shows: (month: string) => boolean;
  compute: (month: string) => MonthEstimate | null;
  assumptions: Assumptions;
}

interface ExportRequest {
  from: string;
  to: string;
  format: ExportFormat;
  webm: WebmSupport | null;
}

/**
 * Runs one export at a time: plans the frames, loads the renderer on demand, reports progress,
 * downloads the file. Cancel (or leaving the panel) aborts it; any failure is reported, not thrown.
 */
export function useAnimationExport(view: {
  definition: string;
  definitionName: string;
  members: ReadonlySet<string>;
  monthsWithData: ReadonlySet<string>;
  estimates: ExportEstimates;
}) {
  const { cache } = useSWRConfig();
  const origin = new URL(useLocationHref() || "http://localhost/").origin;
  const [job, setJob] = useState<ExportJob>({ kind: "idle" });
  const abort = useRef<AbortController | null>(null);
  useEffect(() => () => abort.current?.abort(), []);

  const start = useCallback(
    async ({ from, to, format, webm }: ExportRequest) => {
      const controller = new AbortController();
      abort.current = controller;
      const frames = planFrames(from, to, view.monthsWithData, view.estimates.shows);
      setJob({ kind: "running", done: 0, total: frames.length });
      try {
        const [{ renderAnimation }, { estimatedMonth }, gs, siteFacts] = await Promise.all([
          import("./render-animation"),
          import("./scene"),
          cachedOrFetch(cache, KEYS.globalSouth(view.definition), "globalSouthSchema"),
          cachedOrFetch(cache, KEYS.siteFacts(), "siteFactsSchema"),
        ]);
        const blob = await renderAnimation({
          frames,
          format,
          webm: webm?.ok ? webm : null,
          loadShares: (m) =>
            cachedOrFetch(cache, KEYS.shares(m), "sharesSchema", { notFoundIsGap: true }),
          estimateAt: (m) => {
            const estimate = view.estimates.compute(m);
            return estimate
              ? estimatedMonth(estimate, view.members, view.estimates.assumptions)
              : null;
          },
          globalSouth: new Map((gs?.series ?? []).map((p) => [p.month, p])),
          siteFacts,
          definitionName: view.definitionName,
          members: view.members,
          origin,
          signal: controller.signal,
          onProgress: (done, total) => setJob({ kind: "running", done, total }),
        });
        // Cancel pressed during the encoder's final flush: nothing is downloaded.
        if (controller.signal.aborted) throw new Error("cancelled");
        const name = exportFilename(from, to, view.definition, format);
        downloadBlob(blob, name);
        setJob({ kind: "done", text: `Downloaded ${name} (${formatSize(blob.size)})` });
      } catch (error) {
        if (controller.signal.aborted) setJob({ kind: "cancelled" });
        else
          setJob({
            kind: "error",
            text: `Could not export the animation: ${(error as Error).message}`,
          });
      } finally {
        abort.current = null;
      }
    },
    [
      cache,
      view.definition,
      view.definitionName,
      view.members,
      view.monthsWithData,
      view.estimates,
      origin,
    ],
  );
  const cancel = useCallback(() => abort.current?.abort(), []);
  return { job, start, cancel };
}
