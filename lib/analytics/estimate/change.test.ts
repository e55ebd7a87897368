import { describe, expect, it } from "vitest";
import { formatIntervalChange, intervalChange, noIntervalChange } from "./change";

describe("interval difference between estimated months", () => {
  it("is [low2 − high1, high2 − low1], so it spans every change the ranges allow", () => {
    const jan = { low: 0.0022, high: 0.0108, state: "range" as const };
    const feb = { low: 0.003, high: 0.012, state: "range" as const };
    const c = intervalChange(jan, feb);
    expect(c?.low).toBeCloseTo(0.003 - 0.0108, 10);
    expect(c?.high).toBeCloseTo(0.012 - 0.0022, 10);
    expect(formatIntervalChange(c ?? { low: 0, high: 0 })).toBe("between −0.78 pp and +0.98 pp");
  });

  it("is still a range when both months carry the same range (never reads as 0)", () => {
    const r = { low: 0.01, high: 0.02, state: "range" as const };
    expect(formatIntervalChange(intervalChange(r, r) ?? { low: 0, high: 0 })).toBe(
      "between −1.0 pp and +1.0 pp",
    );
  });

  it("gives none when a month is open-ended or in conflict, and says why", () => {
    const r = { low: 0.01, high: 0.02, state: "range" as const };
    const open = { low: 0.01, high: null, state: "at-least" as const };
    const conflict = { low: null, high: null, state: "conflict" as const };
    expect(intervalChange(r, open)).toBeNull();
    expect(intervalChange(conflict, r)).toBeNull();
    expect(noIntervalChange(null, r)).toBe("no estimate the month before");
    expect(noIntervalChange(r, open)).toBe("not a closed range in both months");
  });
});
