"use client";
import { lazy, Suspense, useEffect, useState } from "react";
import type { MonthEstimate } from "@/lib/analytics/estimate/model";
import type { TimelineMonth } from "@/lib/analytics/view-shape";
import type { Assumptions } from "@/lib/core/assumptions";
import { formatMonth } from "@/lib/core/month";
import type { SharesResponse } from "@/lib/responses/schemas";
import { pinnedEmbed } from "@/lib/url-state/pin";
import { usePinnedHref } from "../atlas/location";
import type { ExportEstimates } from "../export/useAnimationExport";
import { CiteThis } from "./CiteThis";
import { dataLinks } from "./data-links";
import { useStillDownload } from "./useStillDownload";
import "./share.css";

// Loaded on first use: the export's renderer and encoders and the QR encoder stay out of the
// page's first-load JavaScript (see scripts/bench/first-load.ts).
const ExportPanel = lazy(() => import("./ExportPanel"));
const QrCode = lazy(() => import("./QrCode"));

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

/**
 * The phone's own share sheet where the browser has one (navigator.share), else the clipboard.
 * A share the reader cancels is not an error.
 */
async function shareOrCopy(url: string, title: string): Promise<"shared" | "copied" | "none"> {
  if (typeof navigator.share === "function") {
    try {
      await navigator.share({ title, url });
      return "shared";
    } catch (error) {
      if ((error as Error).name === "AbortError") return "none";
    }
  }
  return (await copy(url)) ? "copied" : "none";
}

/** The view's query parameters as the snapshot API takes them (the same keys as the URL). */
function viewBody(link: URL, month: string): Record<string, string> {
  const body: Record<string, string> = Object.fromEntries(link.searchParams);
  body.m = month;
  return body;
}

/**
 * Sharing what is on screen: the live link (the URL holds the whole view), a frozen snapshot that
 * keeps today's numbers forever, and the data behind the view as CSV or JSON.
 */
export default function SharePanel({
  month,
  definition,
  definitionName,
  definitionFull,
  members,
  months,
  shares,
  globalSouth,
  showSites,
  estimated,
  estimate,
  assumptions,
  estimates,
  country,
  compare,
}: {
  /** Compare mode's second month: the CSV holds both months, as the table on screen does. */
  compare: string | null;
  month: string;
  /** The selected country (ISO alpha-2) or null: copied links and the citation carry it. */
  country: { iso: string; name: string; share: number | null } | null;
  definition: string;
  definitionName: string;
  /** The definition's full name and who defines it, for "Cite this". */
  definitionFull: { name: string; definedBy: string };
  members: ReadonlySet<string>;
  months: readonly TimelineMonth[];
  /** The month's shares and Global South range, for "Cite this". */
  shares: SharesResponse | null;
  globalSouth: { low: number; high: number } | null;
  /** The map shows the known-sites layer: the still image draws it too. */
  showSites: boolean;
  /** The map shows the estimate from evidence: the downloads are the estimate's (data-links.ts). */
  estimated: boolean;
  /** The month's estimate and its assumptions, drawn by the still image when `estimated`. */
  estimate: MonthEstimate | null;
  assumptions: Assumptions;
  /** Which months show the estimate, and any month's: the animation draws them as the map does. */
  estimates: ExportEstimates;
}) {
  const [status, setStatus] = useState<Status>({ kind: "idle" });
  const [snapshot, setSnapshot] = useState<string | null>(null);
  const [showExport, setShowExport] = useState(false);
  const [showQr, setShowQr] = useState(false);
  // The address bar holds the whole view (lib/url-state); a link handed out pins the month and
  // the country too, so it keeps showing this view after newer data arrives.
  const pin = { month, country: country?.iso ?? null };
  const href = usePinnedHref(pin);
  const link = new URL(href || "http://localhost/");
  const downloads = dataLinks({
    month,
    compare,
    definition,
    estimated,
    search: link.searchParams,
  });
  const still = useStillDownload({
    month,
    definition,
    definitionName,
    members,
    showSites,
    estimated,
    estimate,
    assumptions,
  });
  const downloadStill = async (format: "png" | "svg") => {
    setStatus({ kind: "busy" });
    try {
      setStatus({ kind: "done", text: `Downloaded ${await still(format)}` });
    } catch (error) {
      setStatus({
        kind: "error",
        text: `Could not make the image: ${(error as Error).message}`,
      });
    }
  };

  // Known once mounted: the server cannot tell whether the browser has a share sheet.
  const [canShare, setCanShare] = useState(false);
  useEffect(() => setCanShare(typeof navigator.share === "function"), []);

  const copyLink = async () => {
    const how = await shareOrCopy(href, document.title);
    setStatus({
      kind: "done",
      text:
        how === "shared"
          ? "Link shared"
          : how === "copied"
            ? "Link copied"
            : `Copy this link: ${href}`,
    });
  };

  const copyEmbed = async () => {
    const src = pinnedEmbed(link.toString(), pin);
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
        body: JSON.stringify(viewBody(link, month)),
      });
      if (!res.ok) throw new Error(`the server answered ${res.status}`);
      const { snapshotCreatedSchema } = await import("./snapshot-created");
      const { url } = snapshotCreatedSchema.parse(await res.json());
      const absolute = new URL(url, link.origin).toString();
      setSnapshot(absolute);
      const how = await shareOrCopy(absolute, `${document.title} (snapshot)`);
      setStatus({
        kind: "done",
        text:
          how === "shared"
            ? "Snapshot link shared"
            : how === "copied"
              ? "Snapshot link copied"
              : "Snapshot created",
      });
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
          {canShare ? "Share link…" : "Copy link"}
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
          onClick={() => downloadStill("png")}
          disabled={status.kind === "busy"}
        >
          Image (PNG)
        </button>
        <button
          type="button"
          onClick={() => downloadStill("svg")}
          disabled={status.kind === "busy"}
        >
          Image (SVG)
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
            <QrCode snapshot={snapshot} link={href} />
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
              estimates={estimates}
            />
          </Suspense>
        ) : null}
      </div>
      <CiteThis
        month={month}
        url={href}
        country={country}
        definition={definitionFull}
        shares={shares}
        globalSouth={globalSouth}
      />
      <p className="share-downloads">
        Data for {downloads.months.map(formatMonth).join(" and ")}:{" "}
        <a href={downloads.csv.href} download>
          {downloads.csv.text}
        </a>{" "}
        · <a href={downloads.json.href}>{downloads.json.text}</a> ·{" "}
        <a href={`${gs}&format=csv`} download>
          Global South series CSV
        </a>{" "}
        · <a href={gs}>JSON</a>
      </p>
    </section>
  );
}
