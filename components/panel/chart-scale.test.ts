import { describe, expect, test } from "vitest";
import { nearestIndex, shareAxis, tickLabel } from "./chart-scale";

describe("share chart axes", () => {
  test("scale to the data with a visible 0", () => {
    expect(shareAxis(0.039)).toEqual({ top: 0.05, ticks: [0, 0.025, 0.05] });
    expect(shareAxis(0.7553).top).toBe(1);
    expect(shareAxis(0.1379).top).toBe(0.2);
    expect(shareAxis(0).top).toBe(0.01);
  });

  test("label ticks as percentages", () => {
    expect(tickLabel(0.025)).toBe("2.5%");
    expect(tickLabel(0.5)).toBe("50%");
  });

  test("find the point nearest the pointer", () => {
    expect(nearestIndex([10, 20, 40], 33)).toBe(2);
    expect(nearestIndex([], 5)).toBe(-1);
  });
});
