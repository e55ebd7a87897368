import { describe, expect, test } from "vitest";
import type { Method } from "../seed/schema";
import { monthlySeries, pickMonthSeries, type ShareInput } from "./series";

function row(
  sourceId: string,
  method: Method,
  country: string | null,
  share: number,
  month = "2025-04",
): ShareInput {
  return {
    sourceId,
    month,
    country,
    label: country ?? "Other",
    share,
    method,
    caveat: null,
    basis: `${method} basis`,
  };
}

const modeled = [
  row("model", "modeled", "US", 0.4),
  row("model", "modeled", "RU", 0.2),
  row("model", "modeled", "CN", 0.2),
  row("model", "modeled", "KZ", 0.1),
];

describe("pickMonthSeries", () => {
  test("prefers the more direct method when both sources cover the month", () => {
    const reported = [row("hi", "reported", "US", 0.38), row("hi", "reported", "RU", 0.2)];
    const picked = pickMonthSeries([...modeled, ...reported]);
    expect(picked?.sourceId).toBe("hi");
    expect(picked?.method).toBe("reported");
    expect(picked?.coverage).toBe(0.58);
    expect(picked?.rows.map((r) => r.country)).toEqual(["US", "RU"]);
  });

  test("a single reported figure does not displace a model that covers the month", () => {
    const picked = pickMonthSeries([row("csv", "reported", "US", 0.38), ...modeled]);
    expect(picked?.sourceId).toBe("model");
    expect(picked?.coverage).toBe(0.9);
    expect(picked?.rows).toHaveLength(4);
  });

  test("when no source covers the month, the most direct one is still shown, never a mix", () => {
    const thin = [row("model", "modeled", "US", 0.02), row("model", "modeled", "CN", 0.01)];
    const picked = pickMonthSeries([...thin, row("csv", "reported", "US", 0.38)]);
    expect(picked?.sourceId).toBe("csv");
    expect(picked?.rows.every((r) => r.sourceId === "csv")).toBe(true);
  });

  test("an unallocated bucket counts as data but not as coverage", () => {
    const measured = [row("ccaf", "measured", "CN", 0.3), row("ccaf", "measured", null, 0.7)];
    const picked = pickMonthSeries([...measured, ...modeled]);
    expect(picked?.sourceId).toBe("model");
    expect(pickMonthSeries(measured)?.coverage).toBe(0.3);
  });

  test("gives null for a month without rows", () => {
    expect(pickMonthSeries([])).toBeNull();
  });
});

describe("monthlySeries", () => {
  test("picks each month on its own and sorts by month", () => {
    const rows = [
      row("ccaf", "measured", "CN", 0.75, "2019-09"),
      row("ccaf", "measured", "US", 0.04, "2019-09"),
      ...modeled.map((r) => ({ ...r, month: "2019-08" })),
      row("hi", "reported", "US", 0.9, "2019-09"),
    ];
    expect(monthlySeries(rows).map((s) => [s.month, s.sourceId])).toEqual([
      ["2019-08", "model"],
      ["2019-09", "ccaf"],
    ]);
  });
});
