import { describe, expect, test } from "vitest";
import { loadConversion } from "./regulator-view";

const eep = {
  number: 796.28,
  unit: "GWh",
  period_start: "2023-07-08",
  period_end: "2024-07-07",
  estimation_role: "energy" as const,
};

describe("an energy figure read as average MW", () => {
  test("divides by the period's exact hours (a leap year is 8,784), the arithmetic shown", () => {
    expect(loadConversion(eep)).toBe(
      "average load 796.28 GWh ÷ 8,784 h = 90.65 MW (our arithmetic over the period's 8,784 hours; the source states energy, not load)",
    );
  });

  test("a yearly rate is divided by 8,760 h", () => {
    expect(
      loadConversion({
        ...eep,
        number: 16,
        unit: "billion kWh per year (~1.5% of national)",
        period_start: "2024-07-17",
        period_end: "2024-07-17",
      }),
    ).toMatch(
      /^average load 16 billion kWh a year ÷ 8,760 h = 1,826\.48 MW \(our arithmetic over a yearly rate/,
    );
  });

  test("no conversion of a plan, a non-energy unit, or energy without its period", () => {
    expect(loadConversion({ ...eep, estimation_role: "context" })).toBeNull();
    expect(loadConversion({ ...eep, unit: "MW", estimation_role: "load" })).toBeNull();
    expect(loadConversion({ ...eep, period_start: null })).toBeNull();
  });
});
