import { describe, expect, test } from "vitest";
import { annualAverageLoad } from "./regulator-view";

describe("a year's GWh read as average MW", () => {
  test("shows the arithmetic, one decimal, thousands grouped", () => {
    expect(
      annualAverageLoad({ number: 796.28, unit: "GWh", period: "FY2023/24 (Jul 2023-Jul 2024)" }),
    ).toBe(
      "≈ 90.9 MW average load: 796.28 GWh ÷ 8,760 h in a year (our arithmetic; the utility states energy, not load)",
    );
    expect(annualAverageLoad({ number: 29480, unit: "GWh", period: "2024" })).toMatch(
      /^≈ 3,365\.3 MW average load: 29,480 GWh ÷ 8,760 h/,
    );
  });

  test("no conversion where the period is not a year or the unit is not energy", () => {
    expect(annualAverageLoad({ number: 55, unit: "GWh", period: "10 months to ~Dec 2024" })).toBe(
      null,
    );
    expect(annualAverageLoad({ number: 600, unit: "MW", period: "2024" })).toBe(null);
    expect(annualAverageLoad({ number: null, unit: "GWh", period: "2024" })).toBe(null);
  });
});
