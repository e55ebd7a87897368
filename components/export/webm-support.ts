import { useEffect, useState } from "react";
/**
 * Whether this browser can write WebM: WebCodecs' VideoEncoder with VP9 or VP8. Asked of the
 * browser (`isConfigSupported`), never guessed from the user agent: support depends on the build,
 * the platform's codecs and whether the page is a secure context.
 */
export type WebmSupport =
  | { ok: true; codec: string; muxerCodec: "V_VP9" | "V_VP8" }
  | { ok: false; reason: string };

/** VP9 first (smaller files); VP8 where only it is available. */
const CANDIDATES = [
  { codec: "vp09.00.10.08", muxerCodec: "V_VP9" },
  { codec: "vp8", muxerCodec: "V_VP8" },
] as const;

export function videoConfig(codec: string, width: number, height: number): VideoEncoderConfig {
  return {
    codec,
    width,
    height,
    // A few flat-coloured frames: 2 Mbit/s keeps text crisp at this size.
    bitrate: 2_000_000,
    framerate: 2,
    // Offline export: quality over latency; timestamps are ours, so this is no slower to play.
    latencyMode: "quality",
  };
}

async function detectWebm(width: number, height: number): Promise<WebmSupport> {
  if (typeof VideoEncoder === "undefined") {
    return {
      ok: false,
      reason: window.isSecureContext
        ? "WebM needs the WebCodecs video encoder, which this browser does not have."
        : "WebM needs the WebCodecs video encoder, which browsers offer only on secure (https) pages.",
    };
  }
  for (const c of CANDIDATES) {
    try {
      const { supported } = await VideoEncoder.isConfigSupported(
        videoConfig(c.codec, width, height),
      );
      if (supported) return { ok: true, ...c };
    } catch {
      // An unknown codec string throws in some browsers: that is "not supported", try the next.
    }
  }
  return { ok: false, reason: "This browser's video encoder supports neither VP9 nor VP8." };
}

/** The answer for this browser, asked once per mount; null while the browser is being asked. */
export function useWebmSupport(width: number, height: number): WebmSupport | null {
  const [support, setSupport] = useState<WebmSupport | null>(null);
  useEffect(() => {
    let live = true;
    detectWebm(width, height).then((s) => live && setSupport(s));
    return () => {
      live = false;
    };
  }, [width, height]);
  return support;
}
