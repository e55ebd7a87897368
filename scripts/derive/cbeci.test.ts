import { describe, expect, test } from "vitest";
import { assertMonthsSumToWhole, ccafCaveat, ccafCountry, deriveCbeci } from "./cbeci";

const HEADER = "date,country,monthly_hashrate_%,monthly_absolute_hashrate_EH/S";

describe("ccafCountry", () => {
  test("maps CCAF names, stripping the relocation asterisk", () => {
    expect(ccafCountry("Mainland China")).toBe("CN");
    expect(ccafCountry("Iran, Islamic Rep.")).toBe("IR");
    expect(ccafCountry("Russian Federation")).toBe("RU");
    expect(ccafCountry("Germany *")).toBe("DE");
    expect(ccafCountry("Ireland *")).toBe("IE");
  });

  test('keeps "Other" unattributed', () => {
    expect(ccafCountry("Other")).toBeNull();
  });

  test("throws naming a country nobody mapped", () => {
    expect(() => ccafCountry("Narnia *")).toThrow(/"Narnia"/);
  });
});

describe("ccafCaveat", () => {
  test("explains the asterisk and the unallocated bucket, and nothing else", () => {
    expect(ccafCaveat("Germany *")).toMatch(/VPN\/proxy/);
    expect(ccafCaveat("Other")).toMatch(/^unallocated/);
    expect(ccafCaveat("Malaysia")).toBeNull();
  });
});

describe("deriveCbeci", () => {
  test("keeps labels verbatim and converts shares exactly", () => {
    const csv = [
      HEADER,
      "2019-09-01,Mainland China,75.53%,66.76",
      "2019-09-01,Other,23.57%,5.39",
      "2019-09-01,Germany *,0.9%,0.8",
    ].join("\n");
    const rows = deriveCbeci(csv).rows;
    expect(rows[0]).toEqual({
      month: "2019-09",
      label: "Mainland China",
      country: "CN",
      share: 0.7553,
      hashrateEhs: 66.76,
      caveat: null,
    });
    expect(rows.map((r) => [r.label, r.country])).toEqual([
      ["Mainland China", "CN"],
      ["Other", null],
      ["Germany *", "DE"],
    ]);
  });

  test("fails loudly when a month does not sum to 100 %", () => {
    const csv = [HEADER, "2019-09-01,Mainland China,75.53%,66.76"].join("\n");
    expect(() => deriveCbeci(csv)).toThrow(/2019-09: shares sum to 75\.530%/);
  });

  test("tolerates the published rounding of ±0.02 points", () => {
    const row = { label: "x", country: null, hashrateEhs: null, caveat: null };
    expect(() =>
      assertMonthsSumToWhole([
        { ...row, month: "2020-01", share: 0.9998 },
        { ...row, month: "2020-02", share: 1.0002 },
      ]),
    ).not.toThrow();
  });

  test("fails loudly on a malformed percentage, naming it", () => {
    const csv = [HEADER, "2019-09-01,Mainland China,75,53%,66.76"].join("\n");
    expect(() => deriveCbeci(csv)).toThrow();
    const bad = [HEADER, '2019-09-01,Mainland China,"75,53%",66.76'].join("\n");
    expect(() => deriveCbeci(bad)).toThrow('"75,53%"');
  });
});
