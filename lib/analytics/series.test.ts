import { describe, expect, test } from "vitest";
import type { Method } from "../core/schemas";
import type { ShareInput } from "../store/shares";
import { monthlySeries, pickMonthSeries } from "./series";

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

/** A published estimate naming 90 % of the month's hashrate. */
const broad = [
  row("broad", "reported", "US", 0.4),
  row("broad", "reported", "RU", 0.2),
  row("broad", "reported", "CN", 0.2),
  row("broad", "reported", "KZ", 0.1),
];

describe("pickMonthSeries", () => {
  test("prefers the more direct method when both sources cover the month", () => {
    const measured = [row("ccaf", "measured", "US", 0.38), row("ccaf", "measured", "RU", 0.2)];
    const picked = pickMonthSeries([...broad, ...measured]);
    expect(picked?.sourceId).toBe("ccaf");
    expect(picked?.method).toBe("measured");
    expect(picked?.coverage).toBe(0.58);
    expect(picked?.rows.map((r) => r.country)).toEqual(["US", "RU"]);
  });

  test("a single reported figure does not displace an estimate that covers the month", () => {
    const picked = pickMonthSeries([row("csv", "reported", "US", 0.38), ...broad]);
    expect(picked?.sourceId).toBe("broad");
    expect(picked?.coverage).toBe(0.9);
    expect(picked?.rows).toHaveLength(4);
  });

  test("when no source covers the month, the one naming most is still shown, never a mix", () => {
    const thin = [row("thin", "reported", "US", 0.02), row("thin", "reported", "CN", 0.01)];
    const picked = pickMonthSeries([...thin, row("csv", "reported", "US", 0.38)]);
    expect(picked?.sourceId).toBe("csv");
    expect(picked?.rows.every((r) => r.sourceId === "csv")).toBe(true);
  });

  test("an unallocated bucket counts as data but not as coverage", () => {
    const measured = [row("ccaf", "measured", "CN", 0.3), row("ccaf", "measured", null, 0.7)];
    const picked = pickMonthSeries([...measured, ...broad]);
    expect(picked?.sourceId).toBe("broad");
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
      ...broad.map((r) => ({ ...r, month: "2019-08" })),
      row("hi", "reported", "US", 0.9, "2019-09"),
    ];
    expect(monthlySeries(rows).map((s) => [s.month, s.sourceId])).toEqual([
      ["2019-08", "broad"],
      ["2019-09", "ccaf"],
    ]);
  });
});
