import { describe, expect, test } from "vitest";
import { detectPoolThreshold, type PoolWindow } from "./other-changes";

const params = { kind: "pool_share_threshold" as const, threshold: 0.3 };
const windowOf = (hour: number, share: number): PoolWindow => ({
  sourceId: "mempool",
  periodStart: `2025-03-26T${String(hour).padStart(2, "0")}:00:00.000Z`,
  periodEnd: `2025-04-02T${String(hour).padStart(2, "0")}:00:00.000Z`,
  pools: [{ slug: "foundryusa", name: "Foundry USA", share, blocks: Math.round(share * 1000) }],
});

describe("detectPoolThreshold", () => {
  test("alerts on crossings, not on every sliding window above the threshold", () => {
    const windows = [
      windowOf(1, 0.31),
      windowOf(2, 0.32),
      windowOf(3, 0.28),
      windowOf(4, 0.33),
      windowOf(5, 0.34),
    ];
    const periods = detectPoolThreshold("pool-30", params, windows, true).map((f) => f.period);
    expect(periods).toEqual([
      "2025-03-26T01:00:00.000Z..2025-04-02T01:00:00.000Z",
      "2025-03-26T04:00:00.000Z..2025-04-02T04:00:00.000Z",
    ]);
  });

  test("does not treat the oldest window in view as a crossing when older history exists", () => {
    const findings = detectPoolThreshold(
      "pool-30",
      params,
      [windowOf(1, 0.31), windowOf(2, 0.32)],
      false,
    );
    expect(findings).toEqual([]);
  });

  test("records the share before and after as evidence", () => {
    const [finding] = detectPoolThreshold(
      "pool-30",
      params,
      [windowOf(1, 0.28), windowOf(2, 0.31)],
      false,
    );
    expect(finding?.evidence).toMatchObject({
      pool: "foundryusa",
      share: 0.31,
      previousShare: 0.28,
      threshold: 0.3,
    });
  });
});
