import { type Colour, GIFEncoder, nearestColorIndex } from "gifenc";
import type { FrameEncoder } from "./encoder";
import type { Rgb } from "./palette";

interface GifWriter {
  /** Adds one RGBA picture (width × height × 4 bytes), shown for `delayMs`. */
  addFrame(rgba: Uint8Array | Uint8ClampedArray, delayMs: number): void;
  /** Ends the stream and returns the whole file. */
  finish(): Uint8Array;
}

/**
 * An animated GIF against one fixed palette, looping forever. Pixels are mapped by exact colour
 * (memoised across frames: a map frame has a few thousand distinct colours, almost all of them
 * anti-aliased edges), so a colour in the palette always gets its own index and never drifts.
 */
export function createGifWriter(width: number, height: number, palette: readonly Rgb[]): GifWriter {
  const encoder = GIFEncoder();
  const colours: readonly Colour[] = palette;
  const lookup = new Map<number, number>();
  let frames = 0;
  return {
    addFrame(rgba, delayMs) {
      if (rgba.length !== width * height * 4)
        throw new RangeError(`Expected ${width}×${height} RGBA pixels, got ${rgba.length} bytes`);
      const index = toIndices(rgba, colours, lookup);
      // The first frame's palette is written once as the global colour table; later frames use it.
      const options =
        frames === 0 ? { palette: colours, delay: delayMs, repeat: 0 } : { delay: delayMs };
      encoder.writeFrame(index, width, height, options);
      frames += 1;
    },
    finish() {
      encoder.finish();
      return encoder.bytes();
    },
  };
}

function toIndices(
  rgba: Uint8Array | Uint8ClampedArray,
  palette: readonly Colour[],
  lookup: Map<number, number>,
): Uint8Array {
  // One 32-bit read per pixel (little-endian: 0xAABBGGRR); alpha is ignored, frames are opaque.
  const pixels = new Uint32Array(rgba.buffer, rgba.byteOffset, rgba.length / 4);
  const out = new Uint8Array(pixels.length);
  let lastKey = -1;
  let lastIndex = 0;
  for (let i = 0; i < pixels.length; i += 1) {
    const key = (pixels[i] ?? 0) & 0xffffff;
    // Runs of one colour are the common case (oceans, countries): skip the map lookup for them.
    if (key !== lastKey) {
      let index = lookup.get(key);
      if (index === undefined) {
        index = nearestColorIndex(palette, [key & 0xff, (key >> 8) & 0xff, (key >> 16) & 0xff]);
        lookup.set(key, index);
      }
      lastKey = key;
      lastIndex = index;
    }
    out[i] = lastIndex;
  }
  return out;
}

/** The GIF encoder behind the common frame-encoder interface: reads the canvas's pixels. */
export function gifEncoder(width: number, height: number, palette: readonly Rgb[]): FrameEncoder {
  const writer = createGifWriter(width, height, palette);
  return {
    extension: "gif",
    async addFrame(canvas, durationMs) {
      const ctx = canvas.getContext("2d");
      if (!ctx) throw new Error("No 2D canvas context");
      writer.addFrame(ctx.getImageData(0, 0, width, height).data, durationMs);
    },
    async finish() {
      return new Blob([writer.finish() as Uint8Array<ArrayBuffer>], { type: "image/gif" });
    },
    close() {},
  };
}
