import { describe, expect, test } from "vitest";
import { BREAKS, binIndex, legendLabels, NO_DATA, PALETTE, shareColour } from "./colour";

describe("the choropleth colour scale", () => {
  test("puts each share in the class whose lower bound it reaches", () => {
    expect(binIndex(0)).toBe(0);
    expect(binIndex(0.0049)).toBe(0);
    expect(binIndex(0.005)).toBe(1);
    expect(binIndex(0.0539)).toBe(4);
    expect(binIndex(0.7553)).toBe(PALETTE.length - 1);
    expect(binIndex(1)).toBe(PALETTE.length - 1);
  });

  test("is monotonic: a larger share never gets a lighter class", () => {
    let last = 0;
    for (let s = 0; s <= 1; s += 0.001) {
      const i = binIndex(s);
      expect(i).toBeGreaterThanOrEqual(last);
      last = i;
    }
  });

  test("has one colour per class, all distinct from no data", () => {
    expect(PALETTE).toHaveLength(BREAKS.length + 1);
    expect(new Set(PALETTE).size).toBe(PALETTE.length);
    expect(PALETTE).not.toContain(NO_DATA);
  });

  test("shows a zero share as data (lightest class), not as no data", () => {
    expect(shareColour(0)).toBe(PALETTE[0]);
    expect(shareColour(null)).toBe(NO_DATA);
  });

  test("labels the legend from the breaks", () => {
    expect(legendLabels()).toEqual([
      "< 0.5%",
      "0.5–1%",
      "1–2%",
      "2–5%",
      "5–10%",
      "10–20%",
      "20–40%",
      "≥ 40%",
    ]);
  });
});
