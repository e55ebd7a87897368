import { describe, expect, test } from "vitest";
import { averageLoad, energyUnit } from "./energy";

describe("energy figures as average loads", () => {
  test("EEP's 796.28 GWh over FY2023/24 (a leap year) is 90.65 MW, the arithmetic shown", () => {
    const load = averageLoad({
      number: 796.28,
      unit: "GWh",
      periodStart: "2023-07-08",
      periodEnd: "2024-07-07",
    });
    expect(load?.hours).toBe(8784);
    expect(load?.mw).toBeCloseTo(90.6512, 4);
    expect(load?.arithmetic).toBe("796.28 GWh ÷ 8,784 h = 90.65 MW");
  });

  test("a yearly rate is divided by 8,760 h whatever its period", () => {
    const load = averageLoad({
      number: 16,
      unit: "billion kWh per year (~1.5% of national)",
      periodStart: "2024-07-17",
      periodEnd: "2024-07-17",
    });
    expect(load?.hours).toBe(8760);
    expect(load?.mw).toBeCloseTo(1826.48, 2);
    expect(load?.arithmetic).toBe("16 billion kWh a year ÷ 8,760 h = 1,826.48 MW");
  });

  test("no load from a figure that is not energy, or an amount without its period", () => {
    expect(averageLoad({ number: 435, unit: "MW", periodStart: null, periodEnd: null })).toBeNull();
    expect(
      averageLoad({ number: 440, unit: "GWh", periodStart: null, periodEnd: null }),
    ).toBeNull();
    expect(energyUnit("USD million")).toBeNull();
    expect(energyUnit('GWh ("rundt")')).toEqual({ mwh: 1000, label: "GWh", yearlyRate: false });
  });
});
