import { describe, expect, test } from "vitest";
import { formatMonth } from "../core/month";
import { snapshotRequestSchema } from "../share/snapshot-request";
import { VIEW_PARAMS } from "./keys";
import { LINK_MIGRATIONS, migrateLink } from "./migrations";
import { parseSearch, parseViewState } from "./parse";
import { serializeViewState } from "./serialize";
import { DEFAULT_STATE } from "./view-state";

const timeline = { first: "2019-09", last: "2026-11" };

describe("parseViewState", () => {
  test("gives the default state, with no notices, for an empty query", () => {
    expect(parseViewState({}, timeline)).toEqual({ state: DEFAULT_STATE, notices: [] });
  });

  test("reads every parameter", () => {
    const { state, notices } = parseSearch(
      "?m=2021-07&gs=g77&l=shares,pools&cmp=2019-09&c=US&lat=40.5&lon=-100.25&z=4",
      timeline,
    );
    expect(notices).toEqual([]);
    expect(state).toEqual({
      month: "2021-07",
      definition: "g77",
      layers: { shares: true, nodes: false, pools: true, sites: false },
      compare: "2019-09",
      country: "US",
      view: { lat: 40.5, lon: -100.25, zoom: 4 },
      assumptions: DEFAULT_STATE.assumptions,
      preferEstimate: false,
    });
  });

  test("reads the evidence model's assumptions and the estimate switch, and writes them back", () => {
    const { state, notices } = parseSearch(
      "?m=2024-01&eff=20-40&pue=1.05-1.1&win=6&est=1",
      timeline,
    );
    expect(notices).toEqual([]);
    expect(state.assumptions).toEqual({
      efficiency: { kind: "fixed", band: [20, 40] },
      pue: [1.05, 1.1],
      window: 6,
    });
    expect(state.preferEstimate).toBe(true);
    expect(serializeViewState(state)).toBe("?m=2024-01&eff=20-40&pue=1.05-1.1&win=6&est=1");
    expect(parseSearch("?eff=central25", timeline).state.assumptions.efficiency).toEqual({
      kind: "central",
      spread: 0.25,
    });
  });

  test("a bad assumption falls back to its default with a notice", () => {
    const { state, notices } = parseSearch("?eff=40-20&pue=9-10&win=99&est=yes", timeline);
    expect(state.assumptions).toEqual(DEFAULT_STATE.assumptions);
    expect(state.preferEstimate).toBe(false);
    expect(notices).toHaveLength(4);
    expect(notices[0]).toContain('"40-20" is not an efficiency band');
  });

  test("accepts a month without data inside the timeline (shown as a gap)", () => {
    expect(parseSearch("?m=2023-02", timeline).state.month).toBe("2023-02");
  });

  test("falls back to defaults with a notice for each invalid value", () => {
    const { state, notices } = parseSearch(
      "?m=2019-13&gs=nope&l=shares,roads&cmp=2010-01&c=usa&lat=100&lon=0&z=3",
      timeline,
    );
    expect(state).toEqual(DEFAULT_STATE);
    expect(notices).toHaveLength(6);
    expect(notices[0]).toContain('"2019-13" is not a month');
    expect(notices[1]).toContain('Unknown Global South definition "nope"');
    expect(notices[3]).toContain("January 2010 (2010-01) is out of range");
  });

  test("a month after the timeline says it is out of range and names the month shown instead", () => {
    const { state, notices } = parseSearch("?m=2030-01", { ...timeline, latest: "2025-10" });
    expect(state.month).toBeNull();
    expect(notices).toEqual([
      `January 2030 (2030-01) is out of range: the timeline runs from ${formatMonth(timeline.first)} to ${formatMonth(timeline.last)}. Showing the newest month with data instead: October 2025.`,
    ]);
  });

  test("reads a zoom out of range as the whole world, with a notice naming it", () => {
    const { state, notices } = parseSearch("?z=999", timeline);
    expect(state.view).toBeNull();
    expect(notices).toEqual(['"999" is not a zoom level (0.5…8); showing the whole world.']);
  });

  test("needs lat, lon and z together for a map view", () => {
    const { state, notices } = parseSearch("?lat=10&z=3", timeline);
    expect(state.view).toBeNull();
    expect(notices[0]).toContain("needs lat, lon and z together");
    expect(parseSearch("?lat=-33.9&lon=18.42&z=5.5", timeline).state.view).toEqual({
      lat: -33.9,
      lon: 18.42,
      zoom: 5.5,
    });
  });

  test("still reads the view of links written as v=lat,lon,zoom, and a view east of 180°", () => {
    expect(parseSearch("?v=45.00,60.00,3", timeline)).toEqual({
      state: { ...DEFAULT_STATE, view: { lat: 45, lon: 60, zoom: 3 } },
      notices: [],
    });
    expect(parseSearch("?lat=65&lon=185.5&z=4", timeline).state.view).toEqual({
      lat: 65,
      lon: 185.5,
      zoom: 4,
    });
    expect(parseSearch("?lat=65&lon=201&z=4", timeline).notices[0]).toContain("not a longitude");
  });

  test("names unknown parameters in one notice, but not other sites' tracking parameters", () => {
    const { state, notices } = parseSearch(
      "?zoom=3&utm_source=x&fbclid=y&a=1&b=2&c2=3&d=4",
      timeline,
    );
    expect(state).toEqual(DEFAULT_STATE);
    expect(notices).toEqual(['Ignored unknown link parameters "zoom", "a", "b" and 2 more.']);
  });

  test("takes the first of repeated parameters", () => {
    expect(parseViewState({ m: ["2020-01", "2020-02"] }, timeline).state.month).toBe("2020-01");
  });
});

describe("serializeViewState", () => {
  test("leaves every default out of the URL", () => {
    expect(serializeViewState(DEFAULT_STATE)).toBe("");
    expect(serializeViewState({ ...DEFAULT_STATE, month: "2025-07" }, "2025-07")).toBe("");
  });

  test("round-trips through parse", () => {
    const state = {
      month: "2020-04",
      definition: "unctad-ex-china",
      layers: { shares: false, nodes: true, pools: false, sites: false },
      compare: "2021-07",
      country: "CN",
      view: { lat: 30.12, lon: 105.5, zoom: 3.25 },
      assumptions: DEFAULT_STATE.assumptions,
      preferEstimate: false,
    };
    const search = serializeViewState(state);
    expect(search).toBe(
      "?m=2020-04&gs=unctad-ex-china&l=nodes&cmp=2021-07&c=CN&lat=30.12&lon=105.50&z=3.25",
    );
    expect(parseSearch(search, timeline)).toEqual({ state, notices: [] });
  });

  test("writes l=none when every layer is hidden", () => {
    const none = { shares: false, nodes: false, pools: false, sites: false };
    expect(serializeViewState({ ...DEFAULT_STATE, layers: none })).toBe("?l=none");
    expect(parseSearch("?l=none", timeline).state.layers).toEqual(none);
  });
});

describe("old links", () => {
  test("v=lat,lon,zoom is upgraded to lat, lon and z; today's parameters win over it", () => {
    expect(migrateLink({ v: "45,60,3.5", m: "2021-07" })).toEqual({
      lat: "45",
      lon: "60",
      z: "3.5",
      m: "2021-07",
    });
    expect(migrateLink({ v: "45,60,3.5", lat: "10" }).lat).toBe("10");
    expect(LINK_MIGRATIONS.length).toBeGreaterThan(0);
    expect(parseSearch("?v=45,60,3.5", timeline).state.view).toEqual({
      lat: 45,
      lon: 60,
      zoom: 3.5,
    });
  });

  test("the snapshot API takes exactly the keys the URL uses", () => {
    expect(Object.keys(snapshotRequestSchema.shape).sort()).toEqual([...VIEW_PARAMS].sort());
  });
});
