import { describe, expect, test } from "vitest";
import cbeciJson from "../../data/seed/cbeci-country-shares.json";
import reportedJson from "../../data/seed/hashrate-index-reported.json";
import minerMetricsJson from "../../data/seed/reported-minermetrics-2023-11.json";
import { getDefinition } from "../geo/definitions";
import { type SeedSharesFile, seedSharesFileSchema } from "../seed/schema";
import { monthCaveats } from "./caveats";
import { countryChange, type GroupFigure, groupChange } from "./change";
import { formatRange, groupRange, namedMembers, unnamedCountryHigh } from "./range";

/** The bundled seed, read as the store would hand it to the analytics. */
const files = [seedSharesFileSchema.parse(cbeciJson), seedSharesFileSchema.parse(reportedJson)];
const rowsOf = (file: SeedSharesFile, month: string) => file.rows.filter((r) => r.month === month);
const monthRows = (month: string) => {
  const file = files.find((f) => f.rows.some((r) => r.month === month));
  if (!file) throw new Error(`no seed month ${month}`);
  return { file, rows: rowsOf(file, month) };
};
const range = (definition: string, month: string) =>
  groupRange(monthRows(month).rows, new Set(getDefinition(definition).members));
const figure = (definition: string, month: string): GroupFigure => {
  const { file, rows } = monthRows(month);
  const members = new Set(getDefinition(definition).members);
  return {
    month,
    source: file.source.id,
    method: file.method,
    ...groupRange(rows, members),
    named: namedMembers(rows, members),
  };
};

describe("Global South ranges on the bundled seed", () => {
  test("2019-09 under today's UNCTAD: China, Malaysia, Iran and Kazakhstan, up to + Other and the asterisk rows", () => {
    const r = range("unctad", "2019-09");
    expect(r.low).toBeCloseTo(0.8194, 9);
    expect(r.high).toBeGreaterThanOrEqual(0.88);
    expect(r.unattributed).toBeCloseTo(0.061, 3);
    expect(r.relocated).toBeCloseTo(0.009, 9);
  });

  test("2021-07 counts Kazakhstan; China's 0 % and the relocated rows widen the top", () => {
    const r = range("unctad", "2021-07");
    expect(r.low).toBeCloseTo(0.2299, 9);
    expect(r.high).toBeGreaterThanOrEqual(0.324);
    expect(r.high).toBeCloseTo(0.2299 + 0.0941 + 0.0506 + 0.047, 3);
  });

  test("2025-06 (the July map's 30 June) names countries for 79.6 %: the rest is unknown, so 24.2–44.6 %", () => {
    const r = range("unctad", "2025-06");
    expect(r.low).toBeCloseTo(0.2424, 9);
    expect(r.high).toBeCloseTo(0.4465, 4);
    expect(r.relocated).toBe(0);
    expect(formatRange(r)).toBe("24.2–44.6 %");
  });

  test("the older UNCTAD vintage leaves Kazakhstan out: 9.2 % named in 2021-07", () => {
    expect(range("unctad-legacy", "2021-07").low).toBeCloseTo(0.092, 9);
  });

  test("G77 and today's UNCTAD differ where Kazakhstan mines", () => {
    expect(range("g77", "2021-07").low).toBeCloseTo(0.092, 9);
    expect(range("unctad", "2021-07").low - range("g77", "2021-07").low).toBeCloseTo(0.1379, 9);
  });

  test("a narrow range reads as one number", () => {
    expect(formatRange({ low: 0.8194, high: 0.825 })).toBe("81.9 %");
  });
});

describe("a reported month bounded by its own group figures (MinerMetrics, November 2023)", () => {
  const mm = seedSharesFileSchema.parse(minerMetricsJson);
  const aggregates = mm.aggregates ?? [];
  const mmRange = (definition: string) =>
    groupRange(mm.rows, new Set(getDefinition(definition).members), aggregates);

  test("Africa's 2.2 % raises the Global South's low: 11.7–52.6 % under today's UNCTAD", () => {
    const r = mmRange("unctad");
    expect(r.low).toBeCloseTo(0.117, 9);
    expect(r.high).toBeCloseTo(0.526, 9);
    expect(r.boundedBy).toEqual(["Africa"]);
    // Without the group figures, the same source read as 9.5–52.6 %.
    expect(groupRange(mm.rows, new Set(getDefinition("unctad").members)).low).toBeCloseTo(0.095, 9);
  });

  test("excluding China, US + China + Russia at 67 % caps the top: 11.7–25.6 %", () => {
    const r = mmRange("unctad-ex-china");
    expect(r.low).toBeCloseTo(0.117, 9);
    expect(r.high).toBeCloseTo(0.256, 9);
    expect(r.boundedBy).toEqual(["Africa", "United States + China + Russia"]);
    expect(formatRange(r)).toBe("11.7–25.6 %");
  });

  test("a country the month does not name is bounded by its group: Ethiopia at most 2.2 %", () => {
    expect(unnamedCountryHigh(mm.rows, aggregates, "ET")).toEqual({
      high: 0.022,
      boundedBy: "Africa",
    });
    expect(unnamedCountryHigh(mm.rows, aggregates, "RU")).toEqual({
      high: 0.27,
      boundedBy: "United States + China + Russia",
    });
    // Paraguay is in no group figure: up to all the month leaves unnamed.
    expect(unnamedCountryHigh(mm.rows, aggregates, "PY")).toEqual({
      high: 0.431,
      boundedBy: null,
    });
  });

  test("overlapping group figures are never both counted", () => {
    const rows = [{ country: "US", label: "United States", share: 0.4 }];
    const r = groupRange(rows, new Set(["CN", "RU"]), [
      { label: "CN + RU", members: ["CN", "RU"], share: 0.2 },
      { label: "CN", members: ["CN"], share: 0.15 },
    ]);
    expect(r.low).toBeCloseTo(0.2, 9);
    expect(r.boundedBy).toEqual(["CN + RU"]);
  });
});

describe("changes between months", () => {
  test("within one source, one number; CCAF names the same countries every month", () => {
    const change = groupChange(figure("unctad", "2021-06"), figure("unctad", "2021-07"));
    expect(change.kind).toBe("same-source");
    if (change.kind !== "same-source") return;
    expect(change.leftOut).toEqual([]);
    expect(change.value).toBeCloseTo(
      range("unctad", "2021-07").low - range("unctad", "2021-06").low,
      9,
    );
  });

  test("between two reported months, only the countries named in both count", () => {
    const change = groupChange(figure("unctad", "2025-05"), figure("unctad", "2025-06"));
    expect(change.kind).toBe("same-source");
    if (change.kind !== "same-source") return;
    // China 13.727 → 13.84 and Paraguay 3.602 → 3.87; the UAE and Oman (June only) and
    // Kazakhstan (May only) are left out rather than counted as arriving or leaving.
    expect(change.value).toBeCloseTo(0.1384 + 0.0387 - 0.13727 - 0.03602, 9);
    expect(Math.abs(change.value)).toBeLessThan(0.005);
    expect(change.leftOut).toEqual(["AE", "KZ", "OM"]);
  });

  test("across sources, only a span from the two ranges", () => {
    const change = groupChange(figure("unctad", "2019-09"), figure("unctad", "2025-06"));
    expect(change).toEqual({
      kind: "across-sources",
      low: expect.closeTo(0.2424 - 0.8894, 3),
      high: expect.closeTo(0.4465 - 0.8194, 3),
    });
  });

  test("a country's change is a number only within one source and where both months name it", () => {
    const before = { source: "cbeci", method: "measured", share: 0.0653 };
    expect(countryChange(before, { ...before, share: 0.0539 })).toBeCloseTo(-0.0114, 9);
    expect(
      countryChange(before, { source: "hashrate-index", method: "reported", share: 0.04 }),
    ).toBeNull();
    expect(countryChange(before, { ...before, share: null })).toBeNull();
    expect(countryChange(null, before)).toBeNull();
  });
});

describe("caveats that travel with a month", () => {
  test("July 2021 flags the relocated rows and China's 0 %", () => {
    const caveats = monthCaveats(monthRows("2021-07").rows);
    expect(caveats[0]).toMatch(/^9\.8 % of hashrate \(Ireland and Germany\) is flagged/);
    expect(caveats.some((c) => /^Mainland China: 0 % in this month.*VPN/.test(c))).toBe(true);
  });

  test("a reported month's citations are not caveats", () => {
    expect(monthCaveats(monthRows("2025-06").rows)).toEqual([]);
  });
});
