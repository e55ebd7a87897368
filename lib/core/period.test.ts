import { describe, expect, test } from "vitest";
import { formatPeriod, periodDays, periodHours, singleMonthOf } from "./period";

describe("periods", () => {
  test("counts the leap day: Ethiopia's FY2023/24 is 366 days, 8,784 hours", () => {
    expect(periodDays("2023-07-08", "2024-07-07")).toBe(366);
    expect(periodHours("2023-07-08", "2024-07-07")).toBe(8784);
    expect(periodHours("2024-07-08", "2025-07-07")).toBe(8760);
  });

  test("a one-day period is 24 hours; an end before the start is refused", () => {
    expect(periodHours("2025-02-18", "2025-02-18")).toBe(24);
    expect(() => periodDays("2025-02-18", "2025-02-17")).toThrow(/ends before/);
    expect(() => periodDays("2025-2-18", "2025-02-17")).toThrow(/ISO day/);
  });

  test("a period lies in one month only when both ends do", () => {
    expect(singleMonthOf("2025-10-01", "2025-10-31")).toBe("2025-10");
    expect(singleMonthOf("2025-06-30", "2025-06-30")).toBe("2025-06");
    expect(singleMonthOf("2026-01-01", "2026-03-31")).toBeNull();
    expect(singleMonthOf(null, "2026-03-31")).toBeNull();
  });

  test("reads as a journalist would write it", () => {
    expect(formatPeriod("2023-07-08", "2024-07-07")).toBe("8 Jul 2023 – 7 Jul 2024");
    expect(formatPeriod("2025-11-24", "2025-11-24")).toBe("24 Nov 2025");
    expect(formatPeriod("2024-01-01", null)).toBe("from 1 Jan 2024");
    expect(formatPeriod(null, null)).toBeNull();
  });
});
