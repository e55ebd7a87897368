import { describe, expect, test } from "vitest";
import { poolConcentration } from "./concentration";
import { concentrationSeries } from "./concentration-series";
import type { MonthPoolEvidence } from "./pool-months";

const evidence = (
  month: string,
  shares: { slug: string; share: number }[],
  basis: MonthPoolEvidence["basis"] = "blocks",
): MonthPoolEvidence => ({
  month,
  basis,
  sourceId: "mempool",
  periodStart: `${month}-01T00:00:00.000Z`,
  periodEnd: `${month}-08T00:00:00.000Z`,
  periods: basis === "blocks" ? 1 : 4,
  blocks: basis === "blocks" ? 1000 : null,
  shares,
});

describe("poolConcentration", () => {
  test("matches a hand computation and leaves the unknown bucket out of both measures", () => {
    // Named: 0.4, 0.3, 0.2 → 0.4 + 0.3 = 0.7 > 0.5 after two pools; HHI = 40² + 30² + 20² = 2,900.
    // "unknown" (0.1) would add 100 to the HHI if it were counted as a pool.
    const c = poolConcentration([
      { slug: "a", share: 0.4 },
      { slug: "b", share: 0.3 },
      { slug: "c", share: 0.2 },
      { slug: "unknown", share: 0.1 },
    ]);
    expect(c).toEqual({ nakamoto: 2, hhi: 2900, coverage: 0.9, pools: 3 });
  });

  test("unattributed blocks count against the pools: half or less named means no coefficient", () => {
    const c = poolConcentration([
      { slug: "a", share: 0.3 },
      { slug: "b", share: 0.2 },
      { slug: "unknown", share: 0.5 },
    ]);
    expect(c.nakamoto).toBeNull();
    expect(c.coverage).toBe(0.5);
  });
});

describe("concentrationSeries", () => {
  test("gives each month with evidence its figures, basis, period, source and coverage", () => {
    const series = concentrationSeries([
      evidence("2025-04", [
        { slug: "a", share: 0.6 },
        { slug: "b", share: 0.35 },
        { slug: "unknown", share: 0.05 },
      ]),
      evidence(
        "2025-01",
        [
          { slug: "a", share: 0.5 },
          { slug: "b", share: 0.5 },
        ],
        "weekly-hashrate",
      ),
    ]);
    expect(series).toEqual([
      {
        month: "2025-01",
        nakamoto: 2,
        hhi: 5000,
        basis: "weekly-hashrate",
        periodStart: "2025-01-01T00:00:00.000Z",
        periodEnd: "2025-01-08T00:00:00.000Z",
        periods: 4,
        blocks: null,
        source: "mempool",
        coverage: 1,
        pools: 2,
      },
      {
        month: "2025-04",
        nakamoto: 1,
        hhi: 4825, // 60² + 35²
        basis: "blocks",
        periodStart: "2025-04-01T00:00:00.000Z",
        periodEnd: "2025-04-08T00:00:00.000Z",
        periods: 1,
        blocks: 1000,
        source: "mempool",
        coverage: 0.95,
        pools: 2,
      },
    ]);
  });

  test("leaves months without evidence out: gaps stay gaps, nothing is interpolated", () => {
    const series = concentrationSeries([
      evidence("2025-01", [{ slug: "a", share: 1 }]),
      evidence("2025-04", [{ slug: "a", share: 1 }]),
    ]);
    expect(series.map((p) => p.month)).toEqual(["2025-01", "2025-04"]);
  });
});
