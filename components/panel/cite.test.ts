import { describe, expect, test } from "vitest";
import { citation } from "./cite";

const shares = {
  month: "2021-07",
  method: "measured" as const,
  basis: "share of hashrate",
  coverage: 0.906,
  source: {
    id: "cbeci",
    name: "CBECI Bitcoin Mining Map",
    publisher: "Cambridge Centre for Alternative Finance",
    url: "https://ccaf.io",
    licence: "CC BY-NC-SA 4.0",
    attribution: "",
    dataAsOf: "2022-01-01T00:00:00.000Z",
    fetchedAt: null,
  },
  rows: [],
  aggregates: [],
};

describe("Cite this", () => {
  test("names the title, the address, the data's date, its source and licence", () => {
    const text = citation({
      month: "2021-07",
      url: "https://atlas.example/?m=2021-07",
      definition: { name: "UNCTAD developing economies", definedBy: "UNCTAD" },
      shares,
      globalSouth: { low: 0.23, high: 0.324 },
      accessed: new Date("2026-11-30T12:00:00Z"),
    });
    expect(text).toContain("“Bitcoin hashrate by country, July 2021”");
    expect(text).toContain("Global South share 23.0–32.4 % (UNCTAD developing economies)");
    expect(text).toContain("https://atlas.example/?m=2021-07.");
    expect(text).toContain(
      "Data: CBECI Bitcoin Mining Map, published by Cambridge Centre for Alternative Finance, data up to 1 January 2022; method: measured; licence: CC BY-NC-SA 4.0.",
    );
    expect(text).toContain("Accessed 30 November 2026.");
  });

  test("a month no source covers says so", () => {
    const text = citation({
      month: "2023-02",
      url: "https://atlas.example/?m=2023-02",
      definition: { name: "G77", definedBy: "G77" },
      shares: null,
      globalSouth: null,
      accessed: new Date("2026-11-30T12:00:00Z"),
    });
    expect(text).toContain("no Global South figure (G77)");
    expect(text).toContain("Data: no measured or reported source covers this month.");
  });
});

describe("Cite this names the view", () => {
  const base = {
    month: "2021-07",
    url: "https://atlas.example/?m=2021-07&c=KZ",
    definition: { name: "UNCTAD developing economies", definedBy: "UNCTAD" },
    globalSouth: { low: 0.23, high: 0.324 },
    accessed: new Date("2026-11-30T12:00:00Z"),
  };

  test("names the selected country with its share", () => {
    const text = citation({
      ...base,
      shares,
      country: { iso: "KZ", name: "Kazakhstan", share: 0.1822 },
    });
    expect(text).toContain("Kazakhstan (KZ): 18.2 % of hashrate.");
  });

  test("a country the source does not name is 'not named', never 0", () => {
    const text = citation({
      ...base,
      shares,
      country: { iso: "PY", name: "Paraguay", share: null },
    });
    expect(text).toContain("Paraguay (PY): not named by the source, its share unknown.");
  });

  test("a licence ending in a full stop is not followed by another", () => {
    const licence =
      "No open licence. Figures are © MinerMetrics, quoted from press coverage with attribution.";
    const text = citation({
      ...base,
      shares: { ...shares, source: { ...shares.source, licence } },
    });
    expect(text).toContain("with attribution. Global South definition");
    expect(text).not.toContain("..");
  });
});
