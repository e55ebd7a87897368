"use client";
import { useEffect, useId, useMemo, useRef, useState } from "react";
import { useSWRConfig } from "swr";
import { formatMonth } from "@/lib/analytics/month";
import type { TimelineMonth } from "@/lib/analytics/view-shape";
import { globalSouthSchema, sharesSchema } from "@/lib/api/schemas";
import { type ExportFormat, exportFilename, planFrames, rangeError } from "@/lib/export/frames";
import { downloadBlob, formatSize } from "../export/download";
import { FRAME_HEIGHT, FRAME_WIDTH } from "../export/layout";
import { cachedOrFetch } from "../export/load";
import { detectWebm, type WebmSupport } from "../export/webm-support";
import { KEYS } from "../hooks/fetcher";

export interface ExportPanelProps {
  /** The month on screen: the default end of the range. */
  month: string;
  definition: string;
  definitionName: string;
  members: ReadonlySet<string>;
  /** The timeline: every month from the first with data, gaps included (method null). */
  months: readonly TimelineMonth[];
}

type Job =
  | { kind: "idle" }
  | { kind: "running"; done: number; total: number }
  | { kind: "done"; text: string }
  | { kind: "cancelled" }
  | { kind: "error"; text: string };

function statusText(job: Job): string {
  if (job.kind === "running")
    return job.done < job.total
      ? `Rendering frame ${job.done + 1} of ${job.total}`
      : "Finishing the file…";
  if (job.kind === "done") return job.text;
  if (job.kind === "cancelled") return "Export cancelled; nothing was downloaded.";
  return "";
}

/**
 * Exports the playback between two months as an animated GIF or WebM, drawn frame by frame in
 * the browser with the month's source, method, date and licence stamped on each frame. Loaded
 * only when the user opens it (the renderer, basemap and encoders load on Export).
 */
export function ExportPanel(props: ExportPanelProps) {
  const { months, definition, definitionName, members } = props;
  const ids = useId();
  const { cache } = useSWRConfig();
  const withData = useMemo(
    () => new Set(months.filter((m) => m.method !== null).map((m) => m.month)),
    [months],
  );
  const first = months.find((m) => m.method !== null)?.month ?? props.month;
  const [from, setFrom] = useState(first);
  const [to, setTo] = useState(props.month);
  const [format, setFormat] = useState<ExportFormat>("gif");
  const [webm, setWebm] = useState<WebmSupport | null>(null);
  const [job, setJob] = useState<Job>({ kind: "idle" });
  const abort = useRef<AbortController | null>(null);

  useEffect(() => {
    let live = true;
    detectWebm(FRAME_WIDTH, FRAME_HEIGHT).then((s) => live && setWebm(s));
    return () => {
      live = false;
      abort.current?.abort(); // closing the panel stops an export in progress
    };
  }, []);

  const invalid = rangeError(from, to);
  const running = job.kind === "running";

  const run = async () => {
    const controller = new AbortController();
    abort.current = controller;
    const frames = planFrames(from, to, withData);
    setJob({ kind: "running", done: 0, total: frames.length });
    try {
      const [{ renderAnimation }, gs] = await Promise.all([
        import("../export/render-animation"),
        cachedOrFetch(cache, KEYS.globalSouth(definition), globalSouthSchema),
      ]);
      const blob = await renderAnimation({
        frames,
        format,
        webm: webm?.ok ? webm : null,
        loadShares: (m) =>
          cachedOrFetch(cache, KEYS.shares(m), sharesSchema, { notFoundIsGap: true }),
        globalSouth: new Map((gs?.series ?? []).map((p) => [p.month, p.share])),
        definitionName,
        members,
        origin: window.location.origin,
        signal: controller.signal,
        onProgress: (done, total) => setJob({ kind: "running", done, total }),
      });
      const name = exportFilename(from, to, definition, format);
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
  };

  const monthOptions = months.map((m) => (
    <option key={m.month} value={m.month}>
      {formatMonth(m.month)}
      {m.method === null ? " (no data)" : ""}
    </option>
  ));
  return (
    <div className="export-panel" id={`${ids}-panel`}>
      <div className="export-range">
        <label>
          From month{" "}
          <select value={from} onChange={(e) => setFrom(e.target.value)} disabled={running}>
            {monthOptions}
          </select>
        </label>
        <label>
          To month{" "}
          <select value={to} onChange={(e) => setTo(e.target.value)} disabled={running}>
            {monthOptions}
          </select>
        </label>
      </div>
      <fieldset className="export-format" disabled={running}>
        <legend>Format</legend>
        <label>
          <input
            type="radio"
            name={`${ids}-format`}
            value="gif"
            checked={format === "gif"}
            onChange={() => setFormat("gif")}
          />{" "}
          GIF
        </label>
        <label>
          <input
            type="radio"
            name={`${ids}-format`}
            value="webm"
            checked={format === "webm"}
            disabled={!webm?.ok}
            aria-describedby={`${ids}-webm`}
            onChange={() => setFormat("webm")}
          />{" "}
          WebM
        </label>
        <span id={`${ids}-webm`} className="export-note">
          {webm === null
            ? "Checking whether this browser can write WebM…"
            : webm.ok
              ? `WebM: ${webm.muxerCodec === "V_VP9" ? "VP9" : "VP8"} video`
              : webm.reason}
        </span>
      </fieldset>
      {invalid ? <p role="alert">{invalid}</p> : null}
      <div className="share-buttons">
        <button type="button" onClick={run} disabled={invalid !== null || running}>
          Export animation
        </button>
        {running ? (
          <button type="button" onClick={() => abort.current?.abort()}>
            Cancel
          </button>
        ) : null}
      </div>
      {running ? <progress max={job.total} value={job.done} aria-label="Export progress" /> : null}
      <p role="status" className="share-status">
        {statusText(job)}
      </p>
      {job.kind === "error" ? <p role="alert">{job.text}</p> : null}
    </div>
  );
}

export default ExportPanel;
