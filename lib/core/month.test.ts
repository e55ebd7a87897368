import { describe, expect, test } from "vitest";
import {
  addMonths,
  formatMonth,
  isMonth,
  monthEndExclusive,
  monthOf,
  monthRange,
  periodEndBounds,
  periodMonth,
} from "./month";

describe("month arithmetic", () => {
  test("adds and subtracts months across year boundaries", () => {
    expect(addMonths("2019-09", 4)).toBe("2020-01");
    expect(addMonths("2020-01", -1)).toBe("2019-12");
    expect(addMonths("2021-07", -22)).toBe("2019-09");
    expect(addMonths("2021-07", 12)).toBe("2022-07");
  });

  test("lists every month of a range, inclusive", () => {
    expect(monthRange("2021-11", "2022-02")).toEqual(["2021-11", "2021-12", "2022-01", "2022-02"]);
    expect(monthRange("2022-02", "2021-11")).toEqual([]);
  });

  test("gives the exclusive end of a month and the month of a timestamp", () => {
    expect(monthEndExclusive("2021-12")).toBe("2022-01-01T00:00:00.000Z");
    expect(monthOf("2022-03-18T08:16:03.000Z")).toBe("2022-03");
  });

  test("names months for people and screen readers, the same as Intl does", () => {
    expect(formatMonth("2019-09")).toBe("September 2019");
    for (let m = "2020-01"; m <= "2020-12"; m = addMonths(m, 1)) {
      const intl = new Date(`${m}-01T00:00:00Z`).toLocaleString("en-US", {
        month: "long",
        year: "numeric",
        timeZone: "UTC",
      });
      expect(formatMonth(m)).toBe(intl);
    }
  });

  test("rejects strings that are not months", () => {
    expect(isMonth("2019-13")).toBe(false);
    expect(() => addMonths("2019-9", 1)).toThrow(RangeError);
  });
});

describe("the month a window or week belongs to", () => {
  test("is the month of its last instant: a window ending at 00:00Z on the 1st is the month before", () => {
    expect(periodMonth("2025-05-01T00:00:00.000Z")).toBe("2025-04");
    expect(periodMonth("2025-05-01T00:00:00Z")).toBe("2025-04");
    expect(periodMonth("2025-05-01T00:00:00.001Z")).toBe("2025-05");
    expect(periodMonth("2025-01-01T00:00:00.000Z")).toBe("2024-12");
    expect(periodMonth("2025-04-02T00:00:00.000Z")).toBe("2025-04");
  });

  test("agrees with the SQL bounds it is the inverse of", () => {
    const ends = [
      "2025-03-31T23:59:59.999Z",
      "2025-04-01T00:00:00.000Z",
      "2025-04-01T00:00:00.001Z",
      "2025-04-15T12:00:00.000Z",
      "2025-05-01T00:00:00.000Z",
      "2025-05-01T01:00:00.000Z",
    ];
    const { after, upTo } = periodEndBounds("2025-04");
    for (const end of ends) {
      expect(end > after && end <= upTo, end).toBe(periodMonth(end) === "2025-04");
    }
  });

  test("refuses what is not a timestamp", () => {
    expect(() => periodMonth("April")).toThrow(RangeError);
    expect(() => periodEndBounds("2025-13")).toThrow(RangeError);
  });
});
