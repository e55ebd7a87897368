import { describe, expect, test } from "vitest";
import { assumptionParams, parseEfficiency, parsePue, parseWindow } from "./assumption-params";
import { DEFAULT_ASSUMPTIONS } from "./assumptions";

describe("assumptions as text", () => {
  test("reads the values the URL parameters take", () => {
    expect(parseEfficiency("20-40")).toEqual({ kind: "fixed", band: [20, 40] });
    expect(parsePue("1.05-1.1")).toEqual([1.05, 1.1]);
    expect(parseWindow("6")).toBe(6);
    expect(parseEfficiency("central25")).toEqual({ kind: "central", spread: 0.25 });
    expect(parseEfficiency("cbeci")).toEqual({ kind: "cbeci" });
  });

  test("refuses reversed, out-of-range and malformed values", () => {
    for (const bad of ["40-20", "0-10", "20", "20-40-60", "-5-10", "central0", "abc"])
      expect(parseEfficiency(bad), bad).toBeNull();
    for (const bad of ["0.9-1.1", "1.2-1.1", "1.1"]) expect(parsePue(bad), bad).toBeNull();
    for (const bad of ["-1", "25", "1.5", ""]) expect(parseWindow(bad), bad).toBeNull();
  });

  test("leaves defaults out and round-trips the rest", () => {
    expect(assumptionParams(DEFAULT_ASSUMPTIONS)).toEqual({});
    const set = {
      efficiency: { kind: "fixed" as const, band: [20, 30] as const },
      pue: [1.05, 1.1] as const,
      window: 6,
    };
    expect(assumptionParams(set)).toEqual({ eff: "20-30", pue: "1.05-1.1", win: "6" });
  });
});
