import { ArrayBufferTarget, Muxer } from "webm-muxer";
import type { FrameEncoder } from "./encoder";
import { videoConfig } from "./webm-support";

/** A key frame this often, so a player can seek without decoding from the start. */
const KEY_FRAME_EVERY = 10;
/** Frames waiting in the encoder before we wait for it: bounds memory on long ranges. */
const MAX_QUEUE = 4;

/**
 * WebM through WebCodecs: every frame gets an explicit timestamp and duration (µs), so encoding
 * runs as fast as the encoder can and the file plays at the intended pace whatever the machine.
 */
export function webmEncoder(
  width: number,
  height: number,
  codec: { codec: string; muxerCodec: "V_VP9" | "V_VP8" },
): FrameEncoder {
  const muxer = new Muxer({
    target: new ArrayBufferTarget(),
    video: { codec: codec.muxerCodec, width, height },
  });
  let failure: Error | null = null;
  const encoder = new VideoEncoder({
    output: (chunk, meta) => muxer.addVideoChunk(chunk, meta),
    error: (e) => {
      failure = e;
    },
  });
  encoder.configure(videoConfig(codec.codec, width, height));
  let at = 0;
  let count = 0;
  let last: OffscreenCanvas | null = null;

  const encode = (canvas: OffscreenCanvas, durationMs: number, keyFrame: boolean) => {
    const frame = new VideoFrame(canvas, { timestamp: at * 1000, duration: durationMs * 1000 });
    try {
      encoder.encode(frame, { keyFrame });
    } finally {
      frame.close();
    }
    at += durationMs;
    count += 1;
  };

  return {
    extension: "webm",
    async addFrame(canvas, durationMs) {
      if (failure) throw failure;
      encode(canvas, durationMs, count % KEY_FRAME_EVERY === 0);
      last = canvas;
      while (encoder.encodeQueueSize > MAX_QUEUE) await new Promise((r) => setTimeout(r, 5));
    },
    async finish() {
      // WebM's duration ends at the last frame's timestamp: repeat the last picture at the end of
      // its hold, or players would stop the moment the last month appears.
      if (last) encode(last, 1, false);
      await encoder.flush();
      if (failure) throw failure;
      muxer.finalize();
      return new Blob([muxer.target.buffer], { type: "video/webm" });
    },
    close() {
      if (encoder.state !== "closed") encoder.close();
    },
  };
}
