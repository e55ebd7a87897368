"use client";
import { encode } from "uqr";
import "./share.css";

/** One SVG path for all dark modules, a run of modules per segment: a few hundred segments, not thousands of nodes. */
function modulesPath(data: readonly (readonly boolean[])[]): string {
  const parts: string[] = [];
  data.forEach((row, y) => {
    let x = 0;
    while (x < row.length) {
      if (!row[x]) {
        x += 1;
        continue;
      }
      const start = x;
      while (row[x]) x += 1;
      parts.push(`M${start} ${y}h${x - start}v1h-${x - start}z`);
    }
  });
  return parts.join("");
}

function Qr({ url, label }: { url: string; label: string }) {
  // Medium error correction: survives a phone camera at an angle, still small for long links.
  const qr = encode(url, { ecc: "M", border: 2 });
  return (
    <figure className="qr">
      <svg
        role="img"
        aria-label={`QR code for ${label}: ${url}`}
        viewBox={`0 0 ${qr.size} ${qr.size}`}
        width={168}
        height={168}
        shapeRendering="crispEdges"
      >
        <rect width={qr.size} height={qr.size} fill="#ffffff" />
        <path d={modulesPath(qr.data)} fill="#000000" />
      </svg>
      <figcaption>{label}</figcaption>
    </figure>
  );
}

/**
 * QR codes for opening the view on a phone: the link to this view (month and country pinned, as
 * Copy link gives it) and, once one was made, the snapshot's. Loaded only when shown.
 */
function QrCode({ snapshot, link }: { snapshot: string | null; link: string }) {
  return (
    <div className="qr-codes">
      {link ? <Qr url={link} label="the link to this view" /> : null}
      {snapshot ? <Qr url={snapshot} label="the snapshot" /> : null}
    </div>
  );
}

export default QrCode;
