import { describe, expect, test } from "vitest";
import { deriveHashrateIndex, reportedMonth } from "./reported";

const HEADER =
  "source_org,source_product,period,period_note,geo_level,geo_name,iso2,share_pct,share_basis,hashrate_ehs,secondary_source_url,notes";

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
  test("takes Hashrate Index country rows only, at their publication month", () => {
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
  });

  test("fails loudly when a name and the CSV's ISO code disagree", () => {
    const csv = [HEADER, row({ iso2: "PE" })].join("\n");
    expect(() => deriveHashrateIndex(csv)).toThrow(/maps to PY but the CSV says PE/);
  });
});
