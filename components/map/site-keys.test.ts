import { describe, expect, test } from "vitest";
import { keyOrder, siteKeyTarget } from "./site-keys";

describe("walking the known sites by keyboard", () => {
  test("arrows go round the sites, Home and End to the ends, other keys do nothing", () => {
    expect(siteKeyTarget("ArrowRight", -1, 3)).toBe(0);
    expect(siteKeyTarget("ArrowLeft", -1, 3)).toBe(2);
    expect(siteKeyTarget("ArrowRight", 2, 3)).toBe(0);
    expect(siteKeyTarget("ArrowUp", 0, 3)).toBe(2);
    expect(siteKeyTarget("ArrowDown", 1, 3)).toBe(2);
    expect(siteKeyTarget("End", 0, 3)).toBe(2);
    expect(siteKeyTarget("Home", 2, 3)).toBe(0);
    expect(siteKeyTarget("Tab", 0, 3)).toBeNull();
    expect(siteKeyTarget("ArrowRight", -1, 0)).toBeNull();
  });

  test("sites are walked west to east, then north to south", () => {
    const order = keyOrder([
      { id: "uae", lon: 54, lat: 24 },
      { id: "py-b", lon: -55, lat: -25.5 },
      { id: "py-a", lon: -55, lat: -24 },
    ]).map((s) => s.id);
    expect(order).toEqual(["py-a", "py-b", "uae"]);
  });
});
