import { describe, expect, test } from "vitest";
import type { SharesResponse } from "../responses/schemas";
import {
  exportFilename,
  FRAME_MS,
  frameStamp,
  LAST_FRAME_MS,
  planFrames,
  rangeError,
} from "./frames";
import { wrapText } from "./wrap";

const ccaf = {
  id: "cbeci",
  name: "CBECI Bitcoin Mining Map (country shares)",
  publisher: "Cambridge Centre for Alternative Finance (CCAF), University of Cambridge",
  url: "https://ccaf.io/cbnsi/cbeci/mining_map",
  licence: "CC BY-NC-SA 4.0",
  attribution: "Cambridge Centre for Alternative Finance",
  dataAsOf: "2022-01-31T00:00:00.000Z",
  fetchedAt: null,
};

const asterisk =
  "CCAF asterisk: this hashrate may be relocated through VPN/proxy services, so the miners may not be in this country";

const july2021: SharesResponse = {
  month: "2021-07",
  method: "measured",
  basis: "share of global hashrate, from geolocated IPs of miners at a sample of pools",
  coverage: 0.9059,
  source: ccaf,
  aggregates: [],
  rows: [
    row("US", "United States", 0.3512),
    row(
      null,
      "Other",
      0.0941,
      "unallocated: hashrate CCAF could not attribute to a listed country",
    ),
    row("IE", "Ireland *", 0.0506, asterisk),
    row("DE", "Germany *", 0.047, asterisk),
    row("CN", "Mainland China", 0),
  ],
};

function row(country: string | null, label: string, share: number, caveat: string | null = null) {
  return {
    country,
    name: label,
    label,
    share,
    method: "measured" as const,
    source: "cbeci",
    caveat,
  };
}

describe("planning the frames of an exported animation", () => {
  test("one frame per month of the range, in order, the last one held longer", () => {
    const frames = planFrames(
      "2019-11",
      "2020-02",
      new Set(["2019-11", "2019-12", "2020-01", "2020-02"]),
    );
    expect(frames.map((f) => f.month)).toEqual(["2019-11", "2019-12", "2020-01", "2020-02"]);
    expect(frames.map((f) => f.durationMs)).toEqual([FRAME_MS, FRAME_MS, FRAME_MS, LAST_FRAME_MS]);
    expect(LAST_FRAME_MS).toBeGreaterThan(FRAME_MS);
  });

  test("a month without data is a gap frame, not skipped and not filled from its neighbours", () => {
    const frames = planFrames("2021-12", "2022-03", new Set(["2021-12", "2022-01"]));
    expect(frames.map((f) => [f.month, f.gap])).toEqual([
      ["2021-12", false],
      ["2022-01", false],
      ["2022-02", true],
      ["2022-03", true],
    ]);
  });

  test("a month the map shows the estimate for is an estimated frame, whether or not a source covers it", () => {
    const shows = (m: string) => m >= "2022-01" && m <= "2022-02";
    const frames = planFrames("2021-12", "2022-03", new Set(["2021-12", "2022-01"]), shows);
    expect(frames.map((f) => [f.month, f.estimated, f.gap])).toEqual([
      ["2021-12", false, false],
      // Covered by a source, but the view prefers the estimate there: drawn as the map draws it.
      ["2022-01", true, false],
      ["2022-02", true, false],
      // Neither a source nor an estimate: still a gap.
      ["2022-03", false, true],
    ]);
  });

  test("a single month is one held frame", () => {
    expect(planFrames("2021-07", "2021-07", new Set(["2021-07"]))).toEqual([
      { month: "2021-07", estimated: false, gap: false, durationMs: LAST_FRAME_MS },
    ]);
  });

  test("a start after the end is refused with a message that names both months", () => {
    expect(rangeError("2021-09", "2019-09")).toBe(
      "The start month (September 2021) is after the end month (September 2019): choose a start at or before the end.",
    );
    expect(rangeError("2019-09", "2021-09")).toBeNull();
    expect(rangeError("2019-13", "2021-09")).toBe("Choose a start and an end month.");
    expect(() => planFrames("2021-09", "2019-09", new Set())).toThrow(RangeError);
  });

  test("names the file after the range and the definition", () => {
    expect(exportFilename("2019-09", "2022-01", "unctad", "gif")).toBe(
      "hashrate-atlas_2019-09_2022-01_unctad.gif",
    );
    expect(exportFilename("2019-09", "2021-09", "unctad-ex-china", "webm")).toBe(
      "hashrate-atlas_2019-09_2021-09_unctad-ex-china.webm",
    );
  });
});

describe("the stamp on every frame", () => {
  const base = { definitionName: "UNCTAD", origin: "https://atlas.example.org" };
  /** July 2021 under UNCTAD: 22.99 % named, + Other 9.41 % + Ireland * and Germany * 9.76 %. */
  const range = { low: 0.2299, high: 0.4216, unattributed: 0.0941, relocated: 0.0976 };

  test("carries the month, method, Global South range, source with licence, basis and origin", () => {
    const s = frameStamp({ ...base, month: "2021-07", shares: july2021, globalSouth: range });
    expect(s.title).toBe("July 2021");
    expect(s.gap).toBe(false);
    expect(s.methodLine).toBe("Method: measured · countries named for 90.6 % of hashrate");
    expect(s.globalSouthLabel).toBe("Global South share (UNCTAD)");
    expect(s.globalSouthValue).toBe("23.0–42.2 %");
    expect(s.sourceLine).toBe(
      "Source: CBECI Bitcoin Mining Map (country shares), Cambridge Centre for Alternative Finance (CCAF), University of Cambridge (CC BY-NC-SA 4.0)",
    );
    expect(s.basisLine).toBe(
      "Basis: share of global hashrate, from geolocated IPs of miners at a sample of pools",
    );
    expect(s.unallocatedLine).toBe(
      "Upper end adds +9.4 % not attributed to a country, +9.8 % flagged as possibly relocated",
    );
    expect(s.brandLine).toBe("Hashrate Atlas · https://atlas.example.org");
  });

  test("a range narrower than a point is one number", () => {
    const narrow = { low: 0.8194, high: 0.8254, unattributed: 0.006, relocated: 0 };
    const s = frameStamp({ ...base, month: "2021-07", shares: july2021, globalSouth: narrow });
    expect(s.globalSouthValue).toBe("81.9 %");
  });

  test("keeps the source's row caveats, grouped, and leaves the unallocated bucket to its own line", () => {
    const s = frameStamp({ ...base, month: "2021-07", shares: july2021, globalSouth: range });
    expect(s.caveats).toEqual([`Ireland *, Germany *: ${asterisk}`]);
    expect(s.methodNote).toBeNull();
  });

  test("a reported month says it is reported, on what basis, and where each figure was quoted", () => {
    const reported: SharesResponse = {
      ...july2021,
      month: "2025-05",
      method: "reported",
      basis: "share of global hashrate (Hashrate Index methodology), as reported in the press",
      coverage: 0.8,
      rows: [
        {
          ...row("US", "United States", 0.36025, "2025-Q2 map as reported by Bitcoin.com News"),
          method: "reported",
        },
      ],
    };
    const s = frameStamp({ ...base, month: "2025-05", shares: reported, globalSouth: null });
    expect(s.methodLine).toBe("Method: reported · countries named for 80.0 % of hashrate");
    expect(s.basisLine).toContain("Hashrate Index methodology");
    expect(s.methodNote).toMatch(/^Reported figures, transcribed from publications/);
    expect(s.methodNote).toMatch(/unknown, not zero/);
    expect(s.caveats).toEqual(["United States: 2025-Q2 map as reported by Bitcoin.com News"]);
    expect(s.globalSouthValue).toBe("no figure for this month");
  });

  test("a gap frame says there is no data and claims no source or share", () => {
    const s = frameStamp({ ...base, month: "2022-02", shares: null, globalSouth: null });
    expect(s.gap).toBe(true);
    expect(s.title).toBe("February 2022");
    expect(s.methodLine).toMatch(/^No data for this month/);
    expect(s.globalSouthValue).toBe("no data");
    expect(s.sourceLine).toBeNull();
    expect(s.brandLine).toBe("Hashrate Atlas · https://atlas.example.org");
  });
});

describe("wrapping stamp text on a canvas", () => {
  const chars = (s: string) => s.length;

  test("breaks at spaces and keeps every word when the lines suffice", () => {
    expect(wrapText("one two three four", 9, 3, chars)).toEqual(["one two", "three", "four"]);
  });

  test("ends a cut text with an ellipsis instead of dropping it silently", () => {
    const lines = wrapText("one two three four five six", 9, 2, chars);
    expect(lines).toHaveLength(2);
    expect(lines[1]?.endsWith("…")).toBe(true);
    expect(lines.every((l) => l.length <= 9)).toBe(true);
  });

  test("shortens a single word longer than the line", () => {
    expect(wrapText("https://example.org/very/long", 10, 1, chars)).toEqual(["https://e…"]);
  });
});
