"use client";
import { useId, useMemo, useState } from "react";
import type { TimelineMonth } from "@/lib/analytics/view-shape";
import { formatMonth } from "@/lib/core/month";
import { type ExportFormat, rangeError } from "@/lib/export/frames";
import { FRAME_HEIGHT, FRAME_WIDTH } from "../export/layout";
import { type ExportEstimates, jobStatus, useAnimationExport } from "../export/useAnimationExport";
import { useWebmSupport, type WebmSupport } from "../export/webm-support";
import "./share.css";

interface ExportPanelProps {
  /** The month on screen: the default end of the range. */
  month: string;
  definition: string;
  definitionName: string;
  members: ReadonlySet<string>;
  /** The timeline: every month from the first with data, gaps included (method null). */
  months: readonly TimelineMonth[];
  /** Months the map shows the estimate for become estimated frames, labelled as such. */
  estimates: ExportEstimates;
}

function webmNote(webm: WebmSupport | null): string {
  if (webm === null) return "Checking whether this browser can write WebM…";
  if (!webm.ok) return webm.reason;
  return `WebM: ${webm.muxerCodec === "V_VP9" ? "VP9" : "VP8"} video`;
}

/** GIF always; WebM only where the browser said it can encode it, and otherwise why not. */
function FormatChoice(props: {
  format: ExportFormat;
  onChange: (f: ExportFormat) => void;
  webm: WebmSupport | null;
  disabled: boolean;
}) {
  const id = useId();
  return (
    <fieldset className="export-format" disabled={props.disabled}>
      <legend>Format</legend>
      <label>
        <input
          type="radio"
          name={`${id}-format`}
          checked={props.format === "gif"}
          onChange={() => props.onChange("gif")}
        />{" "}
        GIF
      </label>
      <label>
        <input
          type="radio"
          name={`${id}-format`}
          checked={props.format === "webm"}
          disabled={!props.webm?.ok}
          aria-describedby={`${id}-webm`}
          onChange={() => props.onChange("webm")}
        />{" "}
        WebM
      </label>
      <span id={`${id}-webm`} className="export-note">
        {webmNote(props.webm)}
      </span>
    </fieldset>
  );
}

/**
 * Exports the playback between two months as an animated GIF or WebM, drawn frame by frame in
 * the browser with the month's source, method, date and licence stamped on each frame. This
 * panel loads when opened; the renderer, basemap and encoders load on Export.
 */
function ExportPanel(props: ExportPanelProps) {
  const { months } = props;
  const monthsWithData = useMemo(
    () => new Set(months.filter((m) => m.method !== null).map((m) => m.month)),
    [months],
  );
  const [from, setFrom] = useState(months.find((m) => m.method !== null)?.month ?? props.month);
  const [to, setTo] = useState(props.month);
  const [format, setFormat] = useState<ExportFormat>("gif");
  const webm = useWebmSupport(FRAME_WIDTH, FRAME_HEIGHT);
  const { job, start, cancel } = useAnimationExport({ ...props, monthsWithData });
  const invalid = rangeError(from, to);
  const running = job.kind === "running";

  const options = months.map((m) => (
    <option key={m.month} value={m.month}>
      {formatMonth(m.month)}
      {props.estimates.shows(m.month) ? " (estimated)" : m.method === null ? " (no data)" : ""}
    </option>
  ));
  return (
    <div className="export-panel">
      <div className="export-range">
        <label>
          From month{" "}
          <select value={from} onChange={(e) => setFrom(e.target.value)} disabled={running}>
            {options}
          </select>
        </label>
        <label>
          To month{" "}
          <select value={to} onChange={(e) => setTo(e.target.value)} disabled={running}>
            {options}
          </select>
        </label>
      </div>
      <FormatChoice format={format} onChange={setFormat} webm={webm} disabled={running} />
      {invalid ? <p role="alert">{invalid}</p> : null}
      <div className="share-buttons">
        <button
          type="button"
          onClick={() => start({ from, to, format, webm })}
          disabled={invalid !== null || running}
        >
          Export animation
        </button>
        {running ? (
          <button type="button" onClick={cancel}>
            Cancel
          </button>
        ) : null}
      </div>
      {running ? <progress max={job.total} value={job.done} aria-label="Export progress" /> : null}
      <p role="status" className="share-status">
        {jobStatus(job)}
      </p>
      {job.kind === "error" ? <p role="alert">{job.text}</p> : null}
    </div>
  );
}

export default ExportPanel;
