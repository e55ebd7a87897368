import { describe, expect, test } from "vitest";
import { type Assumptions, DEFAULT_ASSUMPTIONS } from "./assumptions";
import type { EvidenceInputs, RegulatorInput } from "./inputs";
import { estimateMonth, globalSouthEstimate } from "./model";
import { EEP, JANUARY_2024, miner } from "./testing";

const figure = (over: Partial<RegulatorInput>): RegulatorInput => ({ ...EEP, ...over });

/** CBECI's January 2024 band and Coin Metrics' January 2024 mean (the real values). */
function inputs(over: Partial<EvidenceInputs> = {}): EvidenceInputs {
  return {
    regulator: [EEP],
    miners: [],
    sites: [],
    network: [
      JANUARY_2024.network,
      { month: "2024-07", ehs: 600, days: 31 },
      { month: "2025-08", ehs: 900, days: 31 },
      { month: "2026-06", ehs: null, days: 1 },
    ],
    fleet: [JANUARY_2024.fleet, { month: "2025-05", low: 12, central: 21.6706, high: 39.0909 }],
    ...over,
  };
}

describe("the evidence model", () => {
  test("works Ethiopia's line for January 2024 to the cent", () => {
    const jan = estimateMonth(inputs(), "2024-01", DEFAULT_ASSUMPTIONS);
    const et = jan.countries.find((c) => c.iso === "ET");
    expect(et?.lines[0]?.arithmetic).toBe(
      "796.28 GWh ÷ 8,784 h = 90.65 MW; ÷ (16.0–66.0 J/TH × 1.01–1.20) = 1.14–5.61 EH/s; ÷ 521.3 EH/s = 0.22–1.08 %",
    );
    // By hand: 90.6512 MW ÷ (65.9677 × 1.2) ÷ 521.315 and 90.6512 ÷ (16 × 1.01) ÷ 521.315.
    expect(et?.low).toBeCloseTo(90.651_184 / (65.9677 * 1.2) / 521.315, 9);
    expect(et?.high).toBeCloseTo(90.651_184 / (16 * 1.01) / 521.315, 9);
    expect(et?.state).toBe("range");
    expect(et?.strongest).toBe("regulator:2");
  });

  test("an energized-load site is a lower bound; a low-confidence one counts for nothing", () => {
    const site = (confidence: "medium" | "low") => ({
      id: `sites:${confidence}`,
      siteId: "example-site",
      operator: "Example",
      country: "PY",
      month: "2024-01",
      capacityMw: 30,
      mwBasis: "energized_load" as const,
      confidence,
      sourceUrl: "https://example.org/",
    });
    const at = (confidence: "medium" | "low") =>
      estimateMonth(
        inputs({ sites: [site(confidence)] }),
        "2024-01",
        DEFAULT_ASSUMPTIONS,
      ).countries.find((c) => c.iso === "PY");
    expect(at("medium")?.low).toBeCloseTo(30 / (65.9677 * 1.2) / 521.315, 9);
    expect(at("low")).toBeUndefined();
  });

  test("an energy figure holds only in months whose middle day lies inside its period", () => {
    // 2023-07-16 is inside 8 Jul 2023 – 7 Jul 2024; 2024-07-16 is not, whatever the window.
    const wide: Assumptions = { ...DEFAULT_ASSUMPTIONS, window: 12 };
    expect(estimateMonth(inputs(), "2024-07", wide).countries).toEqual([]);
  });

  test("a fixed efficiency band moves the range as the formula says", () => {
    const fixed: Assumptions = {
      ...DEFAULT_ASSUMPTIONS,
      efficiency: { kind: "fixed", band: [20, 30] },
    };
    const et = estimateMonth(inputs(), "2024-01", fixed).countries[0];
    expect(et?.low).toBeCloseTo(90.651_184 / (30 * 1.2) / 521.315, 9);
    expect(et?.high).toBeCloseTo(90.651_184 / (20 * 1.01) / 521.315, 9);
  });

  test("after CBECI's last month its band is held, and the month says so", () => {
    const load = figure({
      id: "regulator:9",
      number: 600,
      unit: "MW",
      role: "load",
      periodStart: "2025-08-01",
      periodEnd: "2025-08-31",
    });
    const aug = estimateMonth(inputs({ regulator: [load] }), "2025-08", DEFAULT_ASSUMPTIONS);
    expect(aug.efficiency?.assumed).toBe("assumed: CBECI band of May 2025 held");
    expect(aug.countries[0]?.low).toBeCloseTo(600 / (39.0909 * 1.2) / 900, 9);
  });

  test("capacity bounds above, partial below; low above high is a conflict with no range", () => {
    const cap = figure({
      id: "regulator:3",
      number: 10,
      unit: "MW",
      role: "capacity",
      periodStart: "2024-01-01",
      periodEnd: "2024-01-01",
    });
    const part = figure({
      id: "regulator:4",
      number: 2000,
      unit: "MW",
      role: "partial",
      periodStart: "2024-01-01",
      periodEnd: "2024-01-01",
    });
    const only = estimateMonth(inputs({ regulator: [cap] }), "2024-01", DEFAULT_ASSUMPTIONS)
      .countries[0];
    expect(only).toMatchObject({ state: "at-most", low: null });
    expect(only?.high).toBeCloseTo(10 / (16 * 1.01) / 521.315, 9);
    const both = estimateMonth(inputs({ regulator: [cap, part] }), "2024-01", DEFAULT_ASSUMPTIONS)
      .countries[0];
    expect(both).toMatchObject({ state: "conflict", low: null, high: null, strongest: null });
    expect(both?.lines).toHaveLength(2);
  });

  test("context figures are never used; other figures hold W months either side of their period", () => {
    const ctx = figure({ role: "context" });
    expect(
      estimateMonth(inputs({ regulator: [ctx] }), "2024-01", DEFAULT_ASSUMPTIONS).countries,
    ).toEqual([]);
    const load = figure({
      number: 100,
      unit: "MW",
      role: "load",
      periodStart: "2024-04-01",
      periodEnd: "2024-04-30",
    });
    expect(
      estimateMonth(inputs({ regulator: [load] }), "2024-01", DEFAULT_ASSUMPTIONS).countries,
    ).toHaveLength(1);
    const narrow: Assumptions = { ...DEFAULT_ASSUMPTIONS, window: 2 };
    expect(estimateMonth(inputs({ regulator: [load] }), "2024-01", narrow).countries).toEqual([]);
  });

  test("a yearly energy rate is a load (÷ 8,760 h) and holds W months either side", () => {
    const ru = figure({
      id: "regulator:50",
      country: "RU",
      number: 16,
      unit: "billion kWh per year (~1.5%)",
      periodStart: "2023-10-17",
      periodEnd: "2023-10-17",
    });
    const line = estimateMonth(inputs({ regulator: [ru] }), "2024-01", DEFAULT_ASSUMPTIONS)
      .countries[0]?.lines[0];
    expect(line).toMatchObject({ role: "load", bound: "both" });
    expect(line?.loadMw).toBeCloseTo(16_000_000 / 8760, 6);
  });

  test("listed miners: each company's newest counted figure within W, summed; targets and hosted never count", () => {
    const figures = [
      miner({ id: "m1", company: "A", value: 1, asOf: "2023-11", month: "2023-11" }),
      miner({ id: "m2", company: "A", value: 2, asOf: "2024-02", month: "2024-02" }),
      miner({ id: "m3", company: "B", value: 0.5, basis: "self_mining" }),
      miner({ id: "m4", company: "C", value: 9, basis: "target" }),
      miner({ id: "m5", company: "D", value: 9, basis: "hosted" }),
      miner({ id: "m6", company: "E", value: 9, asOf: "2023-06", month: "2023-06" }),
    ];
    const py = estimateMonth(
      inputs({ regulator: [], miners: figures }),
      "2024-01",
      DEFAULT_ASSUMPTIONS,
    ).countries[0];
    expect(py).toMatchObject({ iso: "PY", state: "at-least", high: null });
    expect(py?.low).toBeCloseTo(2.5 / 521.315, 12);
    expect(py?.lines[0]?.arithmetic).toBe(
      "A 2.00 EH/s (operating, 2024-02) + B 0.50 EH/s (self_mining, 2024-01) = at least 2.50 EH/s; ÷ 521.3 EH/s = at least 0.48 %",
    );
  });

  test("a share never leaves 0–100 %", () => {
    const huge = figure({
      number: 1_000_000,
      unit: "MW",
      role: "load",
      periodStart: "2024-01-01",
      periodEnd: "2024-01-31",
    });
    const et = estimateMonth(inputs({ regulator: [huge] }), "2024-01", DEFAULT_ASSUMPTIONS)
      .countries[0];
    expect([et?.low, et?.high]).toEqual([1, 1]);
  });

  test("a month without network hashrate says why and has no range", () => {
    const june = estimateMonth(inputs(), "2026-06", DEFAULT_ASSUMPTIONS);
    expect(june.countries).toEqual([]);
    expect(june.reason).toBe(
      "No network hashrate for 2026-06: only 1 day(s) of values, fewer than 20.",
    );
    expect(globalSouthEstimate(june, new Set(["ET"])).reason).toBe(june.reason);
  });

  test("Global South: members' lows summed; high is 1 − the non-members' lows", () => {
    const us = figure({
      id: "regulator:7",
      country: "US",
      number: 5000,
      unit: "MW",
      role: "partial",
      periodStart: "2024-01-01",
      periodEnd: "2024-01-31",
    });
    const jan = estimateMonth(inputs({ regulator: [EEP, us] }), "2024-01", DEFAULT_ASSUMPTIONS);
    const gs = globalSouthEstimate(jan, new Set(["ET", "PY"]));
    const etLow = jan.countries.find((c) => c.iso === "ET")?.low ?? 0;
    const usLow = jan.countries.find((c) => c.iso === "US")?.low ?? 0;
    expect(gs).toMatchObject({ members: 1, conflicted: 0, reason: null });
    expect(gs.low).toBeCloseTo(etLow, 12);
    expect(gs.high).toBeCloseTo(1 - usLow, 12);
    const none = globalSouthEstimate(jan, new Set(["PY"]));
    expect(none.reason).toMatch(/No member country carries evidence/);
  });
});
