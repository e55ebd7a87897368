import { describe, expect, test } from "vitest";
import type { TimelineMonth } from "@/lib/analytics/view-shape";
import type { ConcentrationResponse } from "@/lib/responses/schemas";
import { chartRuns, describePoint } from "./ConcentrationChart";

type Point = ConcentrationResponse["series"][number];

const point = (month: string, basis: Point["basis"], nakamoto: number | null): Point => ({
  month,
  nakamoto,
  hhi: 2000,
  basis,
  periodStart: `${month}-01T00:00:00.000Z`,
  periodEnd: `${month}-08T00:00:00.000Z`,
  periods: 1,
  blocks: 1000,
  source: "mempool",
  coverage: 0.99,
  pools: 10,
});
const months = ["2025-01", "2025-02", "2025-03", "2025-04", "2025-05", "2025-06"].map(
  (month) => ({ month, method: null }) as unknown as TimelineMonth,
);

describe("the concentration chart's lines", () => {
  const series = [
    point("2025-01", "weekly-hashrate", 3),
    point("2025-02", "weekly-hashrate", 3),
    // 2025-03: no pool data
    point("2025-04", "weekly-hashrate", null),
    point("2025-05", "weekly-hashrate", 2),
    point("2025-06", "blocks", 2),
  ];
  const byMonth = new Map(series.map((p) => [p.month, p]));

  test("break at a gap and at a change of basis, never joining across either", () => {
    const runs = chartRuns(months, byMonth, (i, p) => [i, p.hhi]);
    expect(runs.map((r) => [r.basis, r.pts.map(([x]) => x)])).toEqual([
      ["weekly-hashrate", [0, 1]],
      ["weekly-hashrate", [3, 4]],
      ["blocks", [5]],
    ]);
  });

  test("break where the source changes within one basis (the bundled history, then the node)", () => {
    const two = [
      { ...point("2025-01", "blocks", 3), source: "pool-history" },
      { ...point("2025-02", "blocks", 3), source: "pool-history" },
      { ...point("2025-03", "blocks", 3), source: "bitcoind" },
      { ...point("2025-04", "blocks", 3), source: "bitcoind" },
    ];
    const runs = chartRuns(months, new Map(two.map((p) => [p.month, p])), (i) => [i, 0]);
    expect(runs.map((r) => r.pts.map(([x]) => x))).toEqual([
      [0, 1],
      [2, 3],
    ]);
  });

  test("break where a month has no Nakamoto coefficient to draw", () => {
    const runs = chartRuns(months, byMonth, (i, p) => (p.nakamoto === null ? null : [i, 0]));
    expect(runs.map((r) => r.pts.map(([x]) => x))).toEqual([[0, 1], [4], [5]]);
  });
});

describe("describePoint", () => {
  test("names the month, both figures and the basis, or says there is no pool data", () => {
    expect(describePoint("2025-06", point("2025-06", "blocks", 2))).toBe(
      "June 2025: Nakamoto coefficient 2, HHI 2,000 (block counts in one window)",
    );
    expect(describePoint("2025-03", undefined)).toBe("March 2025: no pool data");
  });
});
