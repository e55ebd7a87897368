import { describe, expect, test } from "vitest";
import { alertDataDate, byDataDate, kindWords, linkParts } from "./alert-words";

describe("an alert is dated by the data it describes", () => {
  test.each([
    ["2021-06..2021-07", "2021-07", "July 2021"],
    ["2025-06-01T00:00:00.000Z..2025-07-01T00:00:00.000Z", "2025-06", "June 2025"],
    ["2022-03-01T10:00:00Z..2022-03-18T08:16:03Z", "2022-03", "March 2022"],
    ["energized@2025-04", "2025-04", "April 2025"],
    ["data-as-of:2022-03-18T08:16:03.000Z", "2022-03", "March 2022"],
    ["to ~2025-02|240000", "2025-02", "February 2025"],
    ["FY2024/25 (Jul 2024-Jul 2025)|39", "2025-13", "2025"],
    ["2025-05", "2025-05", "May 2025"],
  ])("%s → %s", (period, key, words) => {
    expect(alertDataDate(period)).toEqual({ key, words });
  });

  test("an undated figure says so", () => {
    expect(alertDataDate("undated (2024-2025)|95")).toEqual({ key: null, words: "undated" });
  });

  test("sorted newest data first, undated last, ties by title", () => {
    const sorted = byDataDate([
      { period: "undated (2025?)|1", title: "c" },
      { period: "2021-06..2021-07", title: "b" },
      { period: "energized@2025-04", title: "z" },
      { period: "2025-04|3", title: "a" },
    ]);
    expect(sorted.map((a) => a.title)).toEqual(["a", "z", "b", "c"]);
  });
});

describe("an alert reads in words", () => {
  test("the rule's kind, not its key", () => {
    expect(kindWords("regulator_figure")).toBe("A utility's or regulator's figure");
  });

  test("URLs become links, the punctuation around them stays text", () => {
    expect(linkParts("EEP (https://addisstandard.com/a-b/). A figure.")).toEqual([
      { text: "EEP (", href: null },
      { text: "https://addisstandard.com/a-b/", href: "https://addisstandard.com/a-b/" },
      { text: "). A figure.", href: null },
    ]);
  });
});
