import { describe, expect, test } from "vitest";
import type { PoolWindow } from "./other-changes";
import { detectNakamotoChanges } from "./pool-concentration";

const params = { kind: "nakamoto_change" as const, minChange: 1 };
/** A complete month with pools holding the given shares (largest first). */
const month = (m: string, shares: number[], sourceId = "pool-history"): PoolWindow => ({
  sourceId,
  periodStart: `${m}-01T00:00:00.000Z`,
  periodEnd: new Date(Date.UTC(Number(m.slice(0, 4)), Number(m.slice(5)), 1)).toISOString(),
  pools: shares.map((share, i) => ({
    slug: `p${i}`,
    name: `Pool ${i}`,
    share,
    blocks: share * 4000,
  })),
});

describe("detectNakamotoChanges", () => {
  test("fires when the coefficient moves between adjacent months of one source, and only then", () => {
    const findings = detectNakamotoChanges("nakamoto", params, [
      month("2024-03", [0.3, 0.25, 0.2]), // 2
      month("2024-04", [0.28, 0.2, 0.15, 0.1]), // 3
      month("2024-05", [0.29, 0.21, 0.15]), // 3: no change
      month("2024-07", [0.4, 0.2]), // 2, but June is missing: not compared
    ]);
    expect(findings.map((f) => [f.period, f.title])).toEqual([
      ["2024-04", "Nakamoto coefficient 2 → 3 in April 2024"],
    ]);
    expect(findings[0]?.evidence).toMatchObject({ nakamoto: 3, previousNakamoto: 2 });
  });

  test("a change of source between months is not a change of the network", () => {
    const findings = detectNakamotoChanges("nakamoto", params, [
      month("2026-02", [0.3, 0.25]),
      month("2026-03", [0.6], "bitcoind"),
    ]);
    expect(findings).toEqual([]);
  });
});
