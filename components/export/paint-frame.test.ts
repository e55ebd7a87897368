import { beforeAll, describe, expect, test } from "vitest";
import { DEFAULT_ASSUMPTIONS } from "@/lib/analytics/estimate/assumptions";
import { estimateMonth, globalSouthEstimate } from "@/lib/analytics/estimate/model";
import { EEP, JANUARY_2024, miner } from "@/lib/analytics/estimate/testing";
import type { SiteState } from "@/lib/analytics/site-state";
import { sharesByCountry } from "@/lib/analytics/view-shape";
import { describeAssumptions } from "@/lib/core/assumption-params";
import { estimatedStamp, frameStamp } from "@/lib/export/frames";
import { type TextBox, textProblems } from "@/lib/export/text-boxes";
import type { SharesResponse } from "@/lib/responses/schemas";
import { estimateShares } from "../atlas/useEstimate";
import type { Ctx } from "./ctx";
import { FOOTER_Y, FRAME_HEIGHT, FRAME_WIDTH } from "./layout";
import { paintFrame, shareLines } from "./paint-frame";
import { siteMarkerBoxes } from "./paint-sites";

/** Wider than most real glyphs: a layout that fits this fits the browser's fonts. */
const GLYPH = 0.6;

/** A 2D context that only records where text goes, measured at GLYPH × size per character. */
function recorder(): { ctx: Ctx; boxes: TextBox[] } {
  const boxes: TextBox[] = [];
  const size = () => Number(/(\d+)px/.exec(ctx.font)?.[1] ?? 10);
  const noop = () => {};
  const ctx = {
    font: "10px sans-serif",
    fillStyle: "#000",
    strokeStyle: "#000",
    lineWidth: 1,
    lineJoin: "miter",
    fillText(text: string, x: number, y: number) {
      const s = size();
      boxes.push({
        text,
        left: x,
        right: x + text.length * s * GLYPH,
        top: y - s * 0.8,
        bottom: y + s * 0.22,
      });
    },
    measureText: (text: string) => ({ width: text.length * size() * GLYPH }) as TextMetrics,
    fillRect: noop,
    strokeRect: noop,
    fill: noop,
    stroke: noop,
    save: noop,
    restore: noop,
    beginPath: noop,
    rect: noop,
    clip: noop,
    setLineDash: noop,
  } as unknown as Ctx;
  return { ctx, boxes };
}

const source = {
  id: "hashrate-index",
  name: "Hashrate Index Q2 2025 mining report (country shares as published)",
  publisher: "Luxor Technology, Hashrate Index research",
  url: "https://hashrateindex.com",
  licence: "quoted under fair use; © the publisher",
  attribution: "Hashrate Index",
  dataAsOf: "2025-07-31T00:00:00.000Z",
  fetchedAt: null,
};

const row = (
  country: string | null,
  label: string,
  share: number,
  caveat: string | null = null,
) => ({
  country,
  name: label,
  label,
  share,
  method: "reported" as const,
  source: source.id,
  caveat,
});

/** A reported month with all the side column can hold: a range, flagged rows, caveats. */
const reported: SharesResponse = {
  month: "2025-07",
  method: "reported",
  basis: "share of global hashrate as the report states it, rounded by the publisher",
  coverage: 0.796,
  source,
  aggregates: [],
  rows: [
    row("US", "United States", 0.378),
    row("RU", "Russia *", 0.162, "possibly relocated: the report flags this figure as estimated"),
    row("CN", "China", 0.14, "quoted from a press summary of the report, not the report itself"),
    row("PY", "Paraguay", 0.039),
    row(null, "Other", 0.204, "unallocated: hashrate the report names no country for"),
  ],
};

const site = (id: string, at: { lat: number; lon: number } = { lat: -25.45, lon: -55.02 }) =>
  ({
    id,
    operator: "HIVE Digital Technologies",
    name: `Yguazu data centre ${id}`,
    country: "PY",
    locality: "Yguazu",
    lat: at.lat,
    lon: at.lon,
    precision: "locality",
    status: "energized",
    asOf: "2025-04",
    capacityMw: null,
    mwBasis: null,
    hashrateEhs: null,
    confidence: "high",
    lastReported: "2025-04",
    stale: false,
    undated: [],
    source: { url: "https://example.org", kind: "operator", date: "2025-04" },
  }) as unknown as SiteState;

/** Sites across southern South America, where a gap frame's banner once lay. */
const southAmerica = [
  site("py"),
  site("ar-cordoba", { lat: -33.1, lon: -64.3 }),
  site("ar-neuquen", { lat: -38.95, lon: -68.06 }),
  site("cl", { lat: -23.65, lon: -70.4 }),
];

beforeAll(() => {
  // Only the site rings need a path object; its shape is not what this test looks at.
  globalThis.Path2D ??= class {
    arc() {}
  } as unknown as typeof Path2D;
});

describe("an exported frame's text, laid out by measuring it", () => {
  const frame = { width: FRAME_WIDTH, height: FRAME_HEIGHT, dividerY: FOOTER_Y };

  for (const [name, sites, gs] of [
    [
      "a reported month with sites and a range",
      [site("a")],
      { low: 0.41, high: 0.62, unattributed: 0.204, relocated: 0.162 },
    ],
    [
      "the same without sites",
      [],
      { low: 0.41, high: 0.62, unattributed: 0.204, relocated: 0.162 },
    ],
    ["a month with no Global South figure", [site("a")], null],
  ] as const)
    test(`${name}: no text box overlaps another, leaves the frame or crosses the divider`, () => {
      const { ctx, boxes } = recorder();
      const stamp = frameStamp({
        month: reported.month,
        shares: reported,
        globalSouth: gs,
        definitionName: "UNCTAD, older vintage",
        origin: "https://atlas.example.org",
      });
      paintFrame(
        ctx,
        {
          stamp,
          shares: sharesByCountry(reported.rows),
          members: new Set(["PY"]),
          definitionName: "UNCTAD, older vintage",
          sites,
        },
        [],
      );
      expect(textProblems(boxes, frame)).toEqual([]);
      // Nothing the stamp says is dropped: the method note is somewhere on the frame.
      const all = boxes.map((b) => b.text).join(" ");
      expect(all).toContain("Reported figures");
      expect(all).toContain(source.licence.split(";")[0] ?? "");
      expect(all).toContain("Caveats:");
    });

  test("the default view's kind of frame (UNCTAD, a range, sites) is drawn whole: no line cut short", () => {
    const { ctx, boxes } = recorder();
    const stamp = frameStamp({
      month: reported.month,
      shares: { ...reported, rows: reported.rows.map((r) => ({ ...r, caveat: null })) },
      globalSouth: { low: 0.41, high: 0.62, unattributed: 0.204, relocated: 0 },
      definitionName: "UNCTAD",
      origin: "https://atlas.example.org",
    });
    paintFrame(
      ctx,
      { stamp, shares: null, members: new Set(), definitionName: "UNCTAD", sites: [site("a")] },
      [],
    );
    expect(textProblems(boxes, frame, siteMarkerBoxes([site("a")]))).toEqual([]);
    expect(boxes.filter((b) => b.text.endsWith("…")).map((b) => b.text)).toEqual([]);
    expect(boxes.map((b) => b.text).join(" ")).toContain("Known mining sites");
  });

  test("a gap month's frame says so below the map, covering no site marker", () => {
    const { ctx, boxes } = recorder();
    const stamp = frameStamp({
      month: "2025-07",
      shares: null,
      globalSouth: null,
      definitionName: "UNCTAD",
      origin: "https://atlas.example.org",
    });
    paintFrame(
      ctx,
      {
        stamp,
        shares: null,
        members: new Set(["PY"]),
        definitionName: "UNCTAD",
        sites: southAmerica,
      },
      [],
    );
    expect(textProblems(boxes, frame, siteMarkerBoxes(southAmerica))).toEqual([]);
    const banner = boxes.find((b) => b.text === "No data for July 2025");
    expect(banner?.top).toBeGreaterThan(FOOTER_Y);
  });

  test("an estimated month's frame is labelled estimated, with its range and assumptions, and no 'No data'", () => {
    // EEP's FY2023/24 sales to miners, CBECI's January 2024 band and Coin Metrics' January 2024
    // mean, as in the model's own test; a Paraguayan miner's EH/s.
    const estimate = estimateMonth(
      {
        regulator: [EEP],
        miners: [miner()],
        sites: [],
        network: [JANUARY_2024.network],
        fleet: [JANUARY_2024.fleet],
      },
      "2024-01",
      DEFAULT_ASSUMPTIONS,
    );
    const members = new Set(["ET", "PY"]);
    const gs = globalSouthEstimate(estimate, members);
    const stamp = estimatedStamp({
      estimate,
      globalSouth: gs,
      assumptions: DEFAULT_ASSUMPTIONS,
      definitionName: "UNCTAD",
      origin: "https://atlas.example.org",
    });
    const shares = estimateShares(estimate);
    const { ctx, boxes } = recorder();
    paintFrame(ctx, { stamp, shares, members, definitionName: "UNCTAD", sites: [site("a")] }, []);
    expect(textProblems(boxes, frame, siteMarkerBoxes([site("a")]))).toEqual([]);
    const all = boxes.map((b) => b.text).join(" ");
    expect(all).toContain("estimated from evidence, not measured");
    expect(all).toContain("Global South (UNCTAD), estimated");
    expect(stamp.globalSouthValue).toMatch(/^\d[\d.]* %–\d[\d.]* %$/);
    expect(all).toContain(stamp.globalSouthValue);
    expect(all).toContain(`Assumptions: ${describeAssumptions(DEFAULT_ASSUMPTIONS)}`);
    expect(all).toContain("regulators' and utilities' filings");
    expect(all).toMatch(/on its page, e\.g\. https:\/\/atlas\.example\.org\/country\/(ET|PY)/);
    expect(boxes.filter((b) => b.text.endsWith("…")).map((b) => b.text)).toEqual([]);
    expect(all).toContain("No evidence: unknown, not 0");
    expect(all).not.toContain("No data");
    // The map's colours are the ranges' lower ends, as on the live map.
    expect(shares.get("ET")?.share).toBe(estimate.countries.find((c) => c.iso === "ET")?.low);
  });

  test("footer lines are shared so that no block vanishes", () => {
    expect(shareLines([2, 2, 1, 4], 5)).toEqual([2, 1, 1, 1]);
    expect(shareLines([1, 1, 1, 1], 9)).toEqual([1, 1, 1, 1]);
    expect(shareLines([2, 2, 1], 3)).toEqual([1, 1, 1]);
  });

  test("the check itself finds text on text, text off the frame and text cut by the divider", () => {
    const box = (text: string, left: number, top: number) => ({
      text,
      left,
      top,
      right: left + 100,
      bottom: top + 14,
    });
    expect(textProblems([box("a", 10, 10), box("b", 50, 15)], frame)).toHaveLength(1);
    expect(textProblems([box("a", 900, 10)], frame)[0]).toContain("runs off");
    expect(textProblems([box("a", 10, FOOTER_Y - 5)], frame)[0]).toContain("divider");
    expect(textProblems([box("a", 10, 10), box("b", 10, 30)], frame)).toEqual([]);
    const marker = { text: "the marker of Yguazu", left: 60, top: 12, right: 68, bottom: 20 };
    expect(textProblems([box("a", 10, 10)], frame, [marker])[0]).toContain(
      "covers the marker of Yguazu",
    );
    expect(textProblems([box("a", 10, 30)], frame, [marker])).toEqual([]);
  });
});
