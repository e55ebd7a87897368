import { GifReader } from "omggif";
import { describe, expect, test } from "vitest";
import { PALETTE } from "../map/colour";
import { createGifWriter } from "./encode-gif";
import { COLOURS, framePalette, hexToRgb, type Rgb } from "./palette";

const W = 12;
const H = 8;

/** A synthetic frame: left half `left`, right half `right`, one anti-aliased pixel at (0,0). */
function frame(left: Rgb, right: Rgb, odd?: Rgb): Uint8ClampedArray {
  const rgba = new Uint8ClampedArray(W * H * 4);
  for (let y = 0; y < H; y += 1)
    for (let x = 0; x < W; x += 1) rgba.set([...(x < W / 2 ? left : right), 255], (y * W + x) * 4);
  if (odd) rgba.set([...odd, 255], 0);
  return rgba;
}

function decode(bytes: Uint8Array) {
  const reader = new GifReader(bytes);
  const frames = Array.from({ length: reader.numFrames() }, (_, i) => {
    const pixels = new Uint8Array(reader.width * reader.height * 4);
    reader.decodeAndBlitFrameRGBA(i, pixels);
    return { info: reader.frameInfo(i), pixels };
  });
  return { reader, frames };
}

function pixel(pixels: Uint8Array, x: number, y: number): Rgb {
  const i = (y * W + x) * 4;
  return [pixels[i] ?? -1, pixels[i + 1] ?? -1, pixels[i + 2] ?? -1];
}

describe("GIF encoding with the fixed frame palette", () => {
  const palette = framePalette();
  const top = hexToRgb(PALETTE[7]);
  const bottom = hexToRgb(PALETTE[0]);
  const noData = hexToRgb(COLOURS.noData);
  const blue = hexToRgb(COLOURS.globalSouth);

  test("the palette holds every class, stamp and outline colour exactly, within 256 entries", () => {
    const keys = new Set(palette.map((c) => c.join(",")));
    for (const hex of [...PALETTE, ...Object.values(COLOURS)])
      expect(keys.has(hexToRgb(hex).join(",")), hex).toBe(true);
    expect(palette.length).toBeLessThanOrEqual(256);
  });

  test("decodes back to the same number of frames, size, delays and exact colours", () => {
    const gif = createGifWriter(W, H, palette);
    gif.addFrame(frame(top, noData), 700);
    gif.addFrame(frame(bottom, blue), 700);
    gif.addFrame(frame(noData, top), 2800);
    const { reader, frames } = decode(gif.finish());

    expect(reader.numFrames()).toBe(3);
    expect([reader.width, reader.height]).toEqual([W, H]);
    // GIF delays are hundredths of a second.
    expect(frames.map((f) => f.info.delay)).toEqual([70, 70, 280]);
    expect(reader.loopCount()).toBe(0);
    const [a, b, c] = frames;
    expect(pixel(a?.pixels ?? new Uint8Array(), 1, 1)).toEqual(top);
    expect(pixel(a?.pixels ?? new Uint8Array(), W - 1, H - 1)).toEqual(noData);
    expect(pixel(b?.pixels ?? new Uint8Array(), 1, 1)).toEqual(bottom);
    expect(pixel(b?.pixels ?? new Uint8Array(), W - 1, H - 1)).toEqual(blue);
    expect(pixel(c?.pixels ?? new Uint8Array(), 1, 1)).toEqual(noData);
    expect(pixel(c?.pixels ?? new Uint8Array(), W - 1, H - 1)).toEqual(top);
  });

  test("a colour outside the palette becomes its nearest entry; palette colours never drift", () => {
    const gif = createGifWriter(W, H, palette);
    // An edge pixel a shade off the darkest class, then the class itself in the next frame.
    gif.addFrame(frame(top, top, [top[0] + 3, top[1] + 2, top[2] + 1]), 700);
    gif.addFrame(frame(top, top), 700);
    const { frames } = decode(gif.finish());
    expect(pixel(frames[0]?.pixels ?? new Uint8Array(), 0, 0)).toEqual(top);
    expect(pixel(frames[1]?.pixels ?? new Uint8Array(), 0, 0)).toEqual(top);
  });

  test("refuses a frame of the wrong size instead of writing a corrupt file", () => {
    const gif = createGifWriter(W, H, palette);
    expect(() => gif.addFrame(new Uint8ClampedArray(W * H * 4 - 4), 700)).toThrow(RangeError);
  });
});
