import { describe, expect, test } from "vitest";
import { formatSpan, shareSpan } from "./share-span";

const series = [
  { month: "2019-09", share: 0.7553, source: "cbeci" },
  { month: "2020-04", share: 0.6534, source: "cbeci" },
  { month: "2020-12", share: 0.5327, source: "cbeci" },
  { month: "2021-07", share: 0, source: "cbeci" },
  { month: "2025-06", share: null, source: "hashrate-index" },
];

describe("a country's share over a period", () => {
  test("is the lowest and highest named share of the months in the period", () => {
    const span = shareSpan(series, "2019-01", "2020-12");
    expect(span).toEqual({
      low: 0.5327,
      high: 0.7553,
      first: "2019-09",
      last: "2020-12",
      sources: ["cbeci"],
    });
    expect(formatSpan(span)).toBe("53.3–75.5 %");
  });

  test("months whose source does not name the country are not counted as 0", () => {
    expect(shareSpan(series, "2025-01", "2025-12")).toBeNull();
    expect(formatSpan(null)).toBe("not named in this period");
  });
});
