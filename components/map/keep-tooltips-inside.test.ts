import { describe, expect, test } from "vitest";
import { shiftInside } from "./keep-tooltips-inside";

describe("a tooltip moved inside the map", () => {
  test("one past the right edge moves left, one past the left edge moves right, one inside stays", () => {
    expect(shiftInside(300, 420, 390)).toBe(-34);
    expect(shiftInside(-50, 100, 390)).toBe(54);
    expect(shiftInside(20, 200, 390)).toBe(0);
  });

  test("one wider than the map starts at its left edge", () => {
    expect(shiftInside(-100, 500, 390)).toBe(104);
  });
});
