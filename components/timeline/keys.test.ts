import { describe, expect, test } from "vitest";
import { indexAtPointer, sliderKeyTarget } from "./keys";

describe("the month slider's keyboard", () => {
  test("steps a month with the arrows and a year with PageUp/PageDown", () => {
    expect(sliderKeyTarget("ArrowRight", 5, 80)).toBe(6);
    expect(sliderKeyTarget("ArrowLeft", 5, 80)).toBe(4);
    expect(sliderKeyTarget("PageUp", 5, 80)).toBe(17);
    expect(sliderKeyTarget("PageDown", 20, 80)).toBe(8);
  });

  test("stops at the ends and jumps there with Home/End", () => {
    expect(sliderKeyTarget("ArrowLeft", 0, 80)).toBe(0);
    expect(sliderKeyTarget("PageUp", 75, 80)).toBe(79);
    expect(sliderKeyTarget("Home", 40, 80)).toBe(0);
    expect(sliderKeyTarget("End", 40, 80)).toBe(79);
  });

  test("ignores other keys", () => {
    expect(sliderKeyTarget("a", 3, 80)).toBeNull();
  });

  test("maps a pointer position to the nearest month", () => {
    expect(indexAtPointer(100, 100, 200, 11)).toBe(0);
    expect(indexAtPointer(200, 100, 200, 11)).toBe(5);
    expect(indexAtPointer(999, 100, 200, 11)).toBe(10);
  });
});
