import { describe, expect, test } from "vitest";
import { drawNodes, packColour, projectNodes } from "./node-pixels";

describe("the node pixel layer", () => {
  test("projects to Web Mercator world pixels at zoom 0", () => {
    const p = projectNodes([
      [0, 0, 1],
      [0, 180, 1],
      [85.0511287798, -180, 30],
    ]);
    expect(p.x[0]).toBeCloseTo(128);
    expect(p.y[0]).toBeCloseTo(128);
    expect(p.x[1]).toBeCloseTo(256);
    expect(p.y[2]).toBeCloseTo(0);
    expect([...p.size]).toEqual([0, 0, 2]);
  });

  test("stamps dots where the view puts them and skips points out of view", () => {
    const nodes = projectNodes([
      [0, 0, 1],
      [60, 100, 1],
    ]);
    const width = 10;
    const pixels = new Uint32Array(width * width).fill(7);
    const colour = packColour(255, 0, 0, 255);
    const drawn = drawNodes(
      nodes,
      pixels,
      width,
      width,
      { scale: 1, originX: 123, originY: 123 },
      colour,
    );
    expect(drawn).toBe(1);
    expect(pixels[5 * width + 5]).toBe(colour);
    expect(pixels[0]).toBe(0);
  });

  test("packs colours in ImageData byte order (r, g, b, a)", () => {
    const bytes = new Uint8ClampedArray(new Uint32Array([packColour(1, 2, 3, 4)]).buffer);
    expect([...bytes]).toEqual([1, 2, 3, 4]);
  });
});
