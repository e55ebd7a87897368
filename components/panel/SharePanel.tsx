"use client";
import { lazy, Suspense, useState } from "react";
import { z } from "zod";
import type { TimelineMonth } from "@/lib/analytics/view-shape";

// Loaded on first use: the export's renderer and encoders and the QR encoder stay out of the
// page's first-load JavaScript (see scripts/bench/first-load.ts).
const ExportPanel = lazy(() => import("./ExportPanel"));
const QrCode = lazy(() => import("./QrCode"));

const createdSchema = z.object({ id: z.string(), url: z.string() });

type Status =
  | { kind: "idle" }
  | { kind: "busy" }
  | { kind: "done"; text: string }
  | { kind: "error"; text: string };

async function copy(text: string): Promise<boolean> {
  try {
    await navigator.clipboard.writeText(text);
    return true;
  } catch {
    return false; // no clipboard permission (e.g. plain http): the link is shown to copy by hand
  }
}

/** The view's query parameters as the snapshot API takes them (the same keys as the URL). */
function viewBody(month: string): Record<string, string> {
  const body: Record<string, string> = Object.fromEntries(
    new URLSearchParams(window.location.search),
  );
  body.m = month;
  return body;
}

/**
 * Sharing what is on screen: the live link (the URL holds the whole view), a frozen snapshot that
 * keeps today's numbers forever, and the data behind the view as CSV or JSON.
 */
export function SharePanel({
  month,
  definition,
  definitionName,
  members,
  months,
}: {
  month: string;
  definition: string;
  definitionName: string;
  members: ReadonlySet<string>;
  months: readonly TimelineMonth[];
}) {
  const [status, setStatus] = useState<Status>({ kind: "idle" });
  const [snapshot, setSnapshot] = useState<string | null>(null);
  const [showExport, setShowExport] = useState(false);
  const [showQr, setShowQr] = useState(false);

  const copyLink = async () => {
    const ok = await copy(window.location.href);
    setStatus({
      kind: "done",
      text: ok ? "Link copied" : `Copy this link: ${window.location.href}`,
    });
  };

  const copyEmbed = async () => {
    const src = `${window.location.origin}/embed${window.location.search}`;
    const code = `<iframe src="${src}" width="800" height="520" style="border:0" title="Hashrate Atlas map" loading="lazy"></iframe>`;
    const ok = await copy(code);
    setStatus({ kind: "done", text: ok ? "Embed code copied" : `Embed code: ${code}` });
  };

  const share = async () => {
    setStatus({ kind: "busy" });
    try {
      const res = await fetch("/api/v1/snapshots", {
        method: "POST",
        headers: { "Content-Type": "application/json" },
        body: JSON.stringify(viewBody(month)),
      });
      if (!res.ok) throw new Error(`the server answered ${res.status}`);
      const { url } = createdSchema.parse(await res.json());
      const absolute = new URL(url, window.location.origin).toString();
      setSnapshot(absolute);
      const ok = await copy(absolute);
      setStatus({ kind: "done", text: ok ? "Snapshot link copied" : "Snapshot created" });
    } catch (error) {
      setStatus({
        kind: "error",
        text: `Could not create a snapshot: ${(error as Error).message}`,
      });
    }
  };

  const gs = `/api/v1/global-south?definition=${definition}`;
  return (
    <section aria-labelledby="share-heading" className="share-panel">
      <h2 id="share-heading">Share and download</h2>
      <div className="share-buttons">
        <button type="button" onClick={copyLink}>
          Copy link
        </button>
        <button type="button" onClick={share} disabled={status.kind === "busy"}>
          Share snapshot
        </button>
        <button type="button" onClick={copyEmbed}>
          Copy embed code
        </button>
        <button
          type="button"
          aria-expanded={showQr}
          aria-controls="share-qr"
          onClick={() => setShowQr((v) => !v)}
        >
          {showQr ? "Hide QR code" : "Show QR code"}
        </button>
        <button
          type="button"
          aria-expanded={showExport}
          aria-controls="share-export"
          onClick={() => setShowExport((v) => !v)}
        >
          Animation (GIF, WebM)…
        </button>
      </div>
      <p role="status" className="share-status">
        {status.kind === "done" || status.kind === "error" ? status.text : ""}
      </p>
      {snapshot ? (
        <p>
          Snapshot (these numbers never change): <a href={snapshot}>{snapshot}</a>
        </p>
      ) : null}
      <div id="share-qr">
        {showQr ? (
          <Suspense fallback={<p>Loading the QR code…</p>}>
            <QrCode snapshot={snapshot} />
          </Suspense>
        ) : null}
      </div>
      <div id="share-export">
        {showExport ? (
          <Suspense fallback={<p>Loading the animation export…</p>}>
            <ExportPanel
              month={month}
              definition={definition}
              definitionName={definitionName}
              members={members}
              months={months}
            />
          </Suspense>
        ) : null}
      </div>
      <p className="share-downloads">
        Data for {month}:{" "}
        <a href={`/api/v1/shares?month=${month}&format=csv`} download>
          shares CSV
        </a>{" "}
        · <a href={`/api/v1/shares?month=${month}`}>shares JSON</a> ·{" "}
        <a href={`${gs}&format=csv`} download>
          Global South series CSV
        </a>{" "}
        · <a href={gs}>JSON</a>
      </p>
    </section>
  );
}
