import { describe, expect, test } from "vitest";
import { MIN_NETWORK_DAYS, networkMonths } from "./network-months";

const days = (month: string, n: number, ehs: (d: number) => number) =>
  Array.from({ length: n }, (_, i) => ({
    day: `${month}-${String(i + 1).padStart(2, "0")}`,
    ehs: ehs(i + 1),
  }));

describe("a month's network hashrate", () => {
  test("is the mean of its daily values, with the day count", () => {
    const [jan] = networkMonths(days("2024-01", 31, (d) => 500 + d));
    expect(jan).toEqual({ month: "2024-01", ehs: 516, days: 31 });
  });

  test(`has none with fewer than ${MIN_NETWORK_DAYS} days, and says how many it had`, () => {
    const months = networkMonths([
      ...days("2026-05", 20, () => 900),
      ...days("2026-06", 19, () => 950),
    ]);
    expect(months).toEqual([
      { month: "2026-05", ehs: 900, days: 20 },
      { month: "2026-06", ehs: null, days: 19 },
    ]);
  });

  test("counts a day given twice once, keeping the later value", () => {
    const input = [...days("2024-02", 20, () => 600), { day: "2024-02-01", ehs: 620 }];
    expect(networkMonths(input)[0]).toEqual({ month: "2024-02", ehs: 601, days: 20 });
  });
});
