import { describe, expect, test } from "vitest";
import {
  compareShares,
  methodSegments,
  type RowLike,
  sharesByCountry,
  summarySentence,
  timelineMonths,
  topCountries,
  unallocatedShare,
} from "./view-shape";

const row = (country: string | null, label: string, share: number): RowLike => ({
  country,
  name: label.replace(/\s*\*$/, ""),
  label,
  share,
  caveat: label.endsWith("*") ? "possibly relocated" : null,
});

const july = [
  row("US", "United States", 0.3),
  row("DE", "Germany *", 0.04),
  row(null, "Other", 0.2),
];
const june = [row("US", "United States", 0.2), row("CN", "Mainland China", 0.5)];

describe("data shaping for the map", () => {
  test("indexes named countries, flags CCAF's asterisk and keeps the unallocated bucket apart", () => {
    const map = sharesByCountry(july);
    expect([...map.keys()]).toEqual(["US", "DE"]);
    expect(map.get("DE")?.flagged).toBe(true);
    expect(map.get("US")?.flagged).toBe(false);
    expect(unallocatedShare(july)).toBeCloseTo(0.2);
  });

  test("ranks the top countries with month-over-month change, null when the country is new", () => {
    const top = topCountries(july, june);
    expect(top.map((t) => t.country)).toEqual(["US", "DE"]);
    expect(top[0]?.change).toBeCloseTo(0.1);
    expect(top[1]?.change).toBeNull();
    expect(topCountries(july, null)[0]?.change).toBeNull();
  });

  test("compares two months per country, with a difference only where both name it", () => {
    const rows = compareShares(june, july);
    const us = rows.find((r) => r.country === "US");
    expect(us).toMatchObject({ a: 0.2, b: 0.3 });
    expect(us?.diff).toBeCloseTo(0.1);
    expect(rows.find((r) => r.country === "CN")).toMatchObject({ a: 0.5, b: null, diff: null });
    expect(rows[0]?.country).toBe("CN");
  });

  test("lays the timeline from the first month with data, leaving gaps as gaps", () => {
    const months = timelineMonths(
      [
        { month: "2021-12", method: "measured" },
        { month: "2022-01", method: "measured" },
        { month: "2022-04", method: "reported" },
      ],
      "2022-05",
    );
    expect(months.map((m) => m.method)).toEqual([
      "measured",
      "measured",
      null,
      null,
      "reported",
      null,
    ]);
    expect(methodSegments(months)).toEqual([
      { method: "measured", start: 0, end: 2 },
      { method: null, start: 2, end: 4 },
      { method: "reported", start: 4, end: 5 },
      { method: null, start: 5, end: 6 },
    ]);
  });

  test("writes the screen-reader sentence with the change since the first month", () => {
    const series = [
      { month: "2019-09", share: 0.8052 },
      { month: "2021-07", share: 0.092 },
    ];
    expect(summarySentence(series, "2021-07", "UNCTAD")).toBe(
      "Global South 9.2% in July 2021, −71 points since September 2019, UNCTAD definition.",
    );
    expect(summarySentence(series, "2023-01", "UNCTAD")).toMatch(/^No Global South figure/);
  });
});
