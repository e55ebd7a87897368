import { describe, expect, test } from "vitest";
import cbeciJson from "../../data/seed/cbeci-country-shares.json";
import { seedSharesFileSchema } from "../seed/schema";
import { isIso2 } from "./countries";
import { DEFAULT_DEFINITION_ID, getDefinition, loadDefinitions } from "./definitions";

const cbeci = seedSharesFileSchema.parse(cbeciJson);

/** Σ shares of the definition's member countries in one month, as the analytics will do it. */
function globalSouthShare(definitionId: string, month: string): number {
  const members = new Set(getDefinition(definitionId).members);
  return cbeci.rows
    .filter((row) => row.month === month && row.country !== null && members.has(row.country))
    .reduce((sum, row) => sum + row.share, 0);
}

describe("Global South definitions", () => {
  test("loads the shipped definitions, default first", () => {
    expect(loadDefinitions().map((d) => d.id)).toEqual([
      "unctad",
      "unctad-ex-china",
      "unctad-legacy",
      "g77",
    ]);
    expect(DEFAULT_DEFINITION_ID).toBe("unctad");
  });

  test("lists only known ISO codes, sorted and without repeats", () => {
    for (const d of loadDefinitions()) {
      expect(d.members.every(isIso2), d.id).toBe(true);
      expect([...new Set(d.members)].sort(), d.id).toEqual(d.members);
    }
  });

  test("unctad follows UNCTADstat today: Central Asia and the Caucasus developing, Russia and Korea not", () => {
    const unctad = getDefinition("unctad").members;
    for (const code of ["CN", "ET", "PY", "MY", "IR", "TW", "KZ", "UZ", "KG", "GE", "AM", "AZ"])
      expect(unctad, code).toContain(code);
    for (const code of ["US", "RU", "UA", "BY", "RS", "JP", "DE", "CA", "KR", "IL", "AU"]) {
      expect(unctad, code).not.toContain(code);
    }
  });

  test("the older vintage keeps every transition economy apart and Korea developing", () => {
    const legacy = getDefinition("unctad-legacy").members;
    for (const code of ["KZ", "UZ", "KG", "TJ", "TM", "GE", "AM", "AZ", "RU", "UA", "RS"])
      expect(legacy, code).not.toContain(code);
    for (const code of ["CN", "MY", "IR", "KR", "TW"]) expect(legacy, code).toContain(code);
  });

  test("every definition states its vintage", () => {
    for (const d of loadDefinitions()) expect(d.vintage.length, d.id).toBeGreaterThan(20);
  });

  test("g77 includes China; unctad-ex-china is unctad without it", () => {
    expect(getDefinition("g77").members).toContain("CN");
    expect(getDefinition("g77").members).not.toContain("KZ");
    const exChina = getDefinition("unctad-ex-china").members;
    expect(exChina).not.toContain("CN");
    expect([...exChina, "CN"].sort()).toEqual(getDefinition("unctad").members);
  });

  test("Ethiopia is in every definition", () => {
    for (const d of loadDefinitions()) expect(d.members, d.id).toContain("ET");
  });

  test("each definition says where it comes from", () => {
    for (const d of loadDefinitions()) {
      expect(d.definedBy.length).toBeGreaterThan(0);
      expect(d.notes.length).toBeGreaterThan(0);
    }
  });

  test("throws on an unknown definition id", () => {
    expect(() => getDefinition("brics")).toThrow(/"brics"/);
  });
});

describe("named Global South share of CBECI hashrate", () => {
  test("is 81.94 % in 2019-09 under unctad (China 75.53 + Malaysia 3.25 + Iran 1.74 + Kazakhstan 1.42)", () => {
    expect(globalSouthShare("unctad", "2019-09")).toBeCloseTo(0.8194, 10);
  });

  test("is 22.99 % in 2021-07 under unctad (Kazakhstan 13.79 + Malaysia 5.39 + Iran 3.81; China 0)", () => {
    expect(globalSouthShare("unctad", "2021-07")).toBeCloseTo(0.2299, 10);
  });

  test("is 9.20 % in 2021-07 under the older vintage, without Kazakhstan", () => {
    expect(globalSouthShare("unctad-legacy", "2021-07")).toBeCloseTo(0.092, 10);
  });

  test("without China, 2019-09 drops to Malaysia + Iran + Kazakhstan", () => {
    expect(globalSouthShare("unctad-ex-china", "2019-09")).toBeCloseTo(0.0641, 10);
  });
});
