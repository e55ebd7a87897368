import { describe, expect, test } from "vitest";
import { deriveHashrateIndex, reportedMonth } from "./reported";

const HEADER =
  "source_org,source_product,period,period_note,geo_level,geo_name,iso2,share_pct,share_basis,hashrate_ehs,secondary_source_url,notes,period_start,period_end";

function row(fields: Partial<Record<string, string>>): string {
  const base: Record<string, string> = {
    source_org: "Hashrate Index (Luxor)",
    source_product: "Global Hashrate Heatmap",
    period: "2025-Q2",
    period_note: "map as reported by Bitcoin.com News on 2025-05-27",
    geo_level: "country",
    geo_name: "Paraguay",
    iso2: "PY",
    share_pct: "3.602",
    share_basis: "share of global hashrate (Hashrate Index methodology)",
    hashrate_ehs: "",
    secondary_source_url: "https://example.org/a ; https://example.org/b",
    notes: "",
    period_start: "",
    period_end: "",
  };
  return HEADER.split(",")
    .map((key) => JSON.stringify(fields[key] ?? base[key] ?? ""))
    .join(",");
}

describe("reportedMonth", () => {
  test("is the month of the first date in the period note", () => {
    expect(reportedMonth({ period: "2025-Q2", period_note: "reported on 2025-05-27" })).toBe(
      "2025-05",
    );
    expect(
      reportedMonth({ period: "2025-Q3", period_note: "(articles dated ~2025-07-13/14)" }),
    ).toBe("2025-07");
  });

  test("throws when the note carries no date rather than guessing from the quarter", () => {
    expect(() => reportedMonth({ period: "2025-Q2", period_note: "early Q2" })).toThrow(/2025-Q2/);
  });
});

describe("deriveHashrateIndex", () => {
  test("takes Hashrate Index country rows only; without a period, at their publication month, saying so", () => {
    const csv = [
      HEADER,
      row({}),
      row({
        source_org: "Cambridge Centre for Alternative Finance (CCAF)",
        geo_name: "Norway",
        iso2: "NO",
      }),
      row({ geo_level: "aggregate", geo_name: "Rest of world", iso2: "" }),
    ].join("\n");
    const file = deriveHashrateIndex(csv);
    expect(file.method).toBe("reported");
    expect(file.rows).toEqual([
      expect.objectContaining({
        month: "2025-05",
        country: "PY",
        share: 0.03602,
        hashrateEhs: null,
      }),
    ]);
    expect(file.rows[0]?.caveat).toContain("https://example.org/a and https://example.org/b");
    expect(file.rows[0]?.caveat).toMatch(
      /^the source states no data date: placed at its publication month \(May 2025\)/,
    );
  });

  test("a figure with a period is placed at the month it describes, its publication beside it", () => {
    const csv = [
      HEADER,
      row({
        period: "2025-Q3",
        period_note: "articles dated ~2025-07-13/14",
        period_start: "2025-06-30",
        period_end: "2025-06-30",
      }),
    ].join("\n");
    const [only] = deriveHashrateIndex(csv).rows;
    expect(only?.month).toBe("2025-06");
    expect(only?.caveat).toMatch(/^describes 30 Jun 2025; published July 2025/);
  });

  test("a period over several months is shown at its last month, and says so", () => {
    const csv = [HEADER, row({ period_start: "2025-04-01", period_end: "2025-06-30" })].join("\n");
    const [only] = deriveHashrateIndex(csv).rows;
    expect(only?.month).toBe("2025-06");
    expect(only?.caveat).toMatch(/^describes 1 Apr 2025 – 30 Jun 2025, shown at its last month/);
  });

  test("fails loudly when a name and the CSV's ISO code disagree", () => {
    const csv = [HEADER, row({ iso2: "PE" })].join("\n");
    expect(() => deriveHashrateIndex(csv)).toThrow(/maps to PY but the CSV says PE/);
  });
});
