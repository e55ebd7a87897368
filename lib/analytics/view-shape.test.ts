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
    // Other (0.2) plus the 0.46 the rows leave uncovered: both are hashrate no country is named for.
    expect(unallocatedShare(july)).toBeCloseTo(0.66);
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

  test("writes the sentence as a range, with one number only within one source", () => {
    const figure = (month: string, source: string, low: number, high: number, cn: number) => ({
      month,
      source,
      method: source === "cbeci" ? "measured" : "reported",
      low,
      high,
      named: [{ country: "CN", share: cn }],
    });
    const series = [
      figure("2019-09", "cbeci", 0.8194, 0.8894, 0.7553),
      figure("2021-07", "cbeci", 0.2299, 0.4216, 0.5),
      figure("2025-07", "hashrate-index", 0.2424, 0.4465, 0.1384),
    ];
    const name = (id: string) => (id === "cbeci" ? "CBECI" : "Hashrate Index");
    expect(summarySentence(series, "2019-09", "UNCTAD", name)).toBe(
      "Global South 81.9–88.9 % of hashrate in September 2019 (UNCTAD definition), the first month with data.",
    );
    expect(summarySentence(series, "2021-07", "UNCTAD", name)).toBe(
      "Global South 23.0–42.2 % of hashrate in July 2021 (UNCTAD definition): −25.5 points since September 2019 (same source, CBECI).",
    );
    expect(summarySentence(series, "2025-07", "UNCTAD", name)).toBe(
      "Global South 24.2–44.7 % of hashrate in July 2025 (UNCTAD definition): 37 to 65 points lower than in September 2019 (different sources: CBECI then, Hashrate Index now; compared as ranges).",
    );
    expect(summarySentence(series, "2023-01", "UNCTAD")).toMatch(/^No Global South figure/);
  });

  test("a comparison across sources gives no per-country difference", () => {
    const rows = compareShares(june, july, false);
    expect(rows.find((r) => r.country === "US")).toMatchObject({ a: 0.2, b: 0.3, diff: null });
  });
});
