import { describe, expect, test } from "vitest";
import { formatDate, formatMw, formatPercent, formatPoints, formatShareNumber } from "./format";

describe("formatMw", () => {
  test("whole megawatts with thousands separators", () => {
    expect(formatMw(257.4)).toBe("257 MW");
    expect(formatMw(1200)).toBe("1,200 MW");
    expect(formatMw(0)).toBe("0 MW");
  });

  test("a site under 1 MW keeps its size instead of reading as 0 MW", () => {
    expect(formatMw(0.05)).toBe("0.05 MW");
    expect(formatMw(0.456)).toBe("0.46 MW");
  });
});

describe("the one share format", () => {
  test("one decimal for shares of 1 % and more, however many the source published", () => {
    expect(formatPercent(0.7553)).toBe("75.5 %");
    expect(formatPercent(0.79595)).toBe("79.6 %");
    expect(formatPercent(0.03602)).toBe("3.6 %");
    expect(formatPercent(0.23)).toBe("23.0 %");
    expect(formatPercent(1)).toBe("100.0 %");
  });

  test("under 1 %, two significant digits, so a small share never reads as 0.0", () => {
    expect(formatPercent(0.0015)).toBe("0.15 %");
    expect(formatPercent(0.009)).toBe("0.9 %");
    expect(formatPercent(0.000523)).toBe("0.052 %");
    expect(formatPercent(0.00996)).toBe("1.0 %");
  });

  test("zero is 0 %, float noise of sums is not a figure", () => {
    expect(formatPercent(0)).toBe("0 %");
    expect(formatShareNumber(0.1 + 0.2 - 0.3)).toBe("0");
  });

  test("a change in points uses the same rule: +1.0 pp beside +0.3 pp, never +1 pp", () => {
    expect(formatPoints(0.01)).toBe("+1.0 pp");
    expect(formatPoints(0.003)).toBe("+0.3 pp");
    expect(formatPoints(-0.0004)).toBe("−0.04 pp");
    expect(formatPoints(-0.71)).toBe("−71.0 pp");
    expect(formatPoints(0)).toBe("0 pp");
  });
});

describe("formatDate", () => {
  test("spells the UTC day, as the en-GB long date does", () => {
    const intl = new Intl.DateTimeFormat("en-GB", {
      day: "numeric",
      month: "long",
      year: "numeric",
      timeZone: "UTC",
    });
    for (const iso of ["2022-03-18T23:59:00Z", "2026-12-06", "2009-01-03T18:15:05Z", "2024-02-29"])
      expect(formatDate(iso)).toBe(intl.format(new Date(iso)));
  });

  test("refuses what is not a date", () => {
    expect(() => formatDate("not a date")).toThrow(RangeError);
  });
});
