import { describe, expect, test } from "vitest";
import type { NodeLocationsResponse, NodesResponse, PoolsResponse } from "@/lib/responses/schemas";
import { nodesFrame, poolsFrame, sharesFrame } from "./month-frame";

const source = {
  id: "bitnodes",
  name: "Bitnodes",
  publisher: "Addy Yeow",
  url: "https://bitnodes.io",
  licence: "Bitnodes terms",
  attribution: "",
  dataAsOf: null,
  fetchedAt: null,
};
const snapshot = (timestamp: string) => ({
  timestamp,
  total: 3,
  unlocated: 0,
  unlocatedByNetwork: {},
  latestHeight: null,
  source,
});
const summary = (month: string, taken: string | null, sampled?: string): NodesResponse => ({
  month,
  snapshot: taken ? snapshot(taken) : null,
  olderSnapshot: null,
  countries: [],
  sample: sampled
    ? {
        timestamp: sampled,
        label: "curated sample (Bitcoin Core fixed seeds), not all nodes",
        total: 3,
        located: 3,
        unlocatedByNetwork: {},
        source,
      }
    : null,
  countryCounts: null,
});
const located = (month: string, taken: string): NodeLocationsResponse => ({
  ...summary(month, taken),
  locations: [[52.5, 13.4, 3]],
  locationsOf: "snapshot",
});

describe("what each map layer draws for a month", () => {
  test("nodes: the month's own snapshot, none, or not known yet — never another month's", () => {
    const march = "2022-03-18T08:16:03.000Z";
    expect(nodesFrame(summary("2022-04", march), located("2022-03", march), "2022-04")).toEqual({
      key: march,
      kind: "snapshot",
      locations: [[52.5, 13.4, 3]],
    });
    expect(nodesFrame(summary("2019-09", null), located("2022-03", march), "2019-09")).toBeNull();
    // The summary still held is another month's (keepPreviousData): not known yet.
    expect(nodesFrame(summary("2022-04", march), located("2022-03", march), "2019-09")).toBe(
      undefined,
    );
    // The located nodes at hand are another snapshot's.
    const june = "2022-06-02T00:00:00.000Z";
    expect(nodesFrame(summary("2022-06", june), located("2022-03", march), "2022-06")).toBe(
      undefined,
    );
    expect(nodesFrame(undefined, undefined, "2022-06")).toBeUndefined();
  });

  test("nodes: a month with no census but a curated sample draws the sample, as a sample", () => {
    const seeds = "2025-03-06T00:00:00.000Z";
    const sampleLocated: NodeLocationsResponse = {
      ...summary("2025-03", null, seeds),
      locations: [[50.1, 8.7, 2]],
      locationsOf: "sample",
    };
    expect(nodesFrame(summary("2025-03", null, seeds), sampleLocated, "2025-03")).toEqual({
      key: seeds,
      kind: "sample",
      locations: [[50.1, 8.7, 2]],
    });
    // Points at hand that are a census snapshot's are never drawn as the sample.
    expect(
      nodesFrame(
        summary("2025-03", null, seeds),
        { ...sampleLocated, locationsOf: "snapshot" },
        "2025-03",
      ),
    ).toBeUndefined();
  });

  test("shares: a gap month is null even while the previous month's rows are at hand", () => {
    const rows = {
      month: "2021-07",
      method: "measured" as const,
      basis: "",
      coverage: 1,
      source,
      aggregates: [],
      rows: [
        {
          country: "KZ",
          name: "Kazakhstan",
          label: "Kazakhstan",
          share: 0.1379,
          method: "measured" as const,
          source: "cbeci",
          caveat: null,
        },
      ],
    };
    expect(sharesFrame(rows, "2021-07", false)?.get("KZ")?.share).toBe(0.1379);
    expect(sharesFrame(rows, "2023-01", true)).toBeNull();
    expect(sharesFrame(rows, "2021-08", false)).toBeUndefined();
    expect(sharesFrame(null, "2021-08", false)).toBeNull();
  });

  test("pools: only the month's own answer", () => {
    const pools: PoolsResponse = {
      month: "2025-04",
      period: null,
      pools: [],
      concentration: null,
      servers: [],
    };
    expect(poolsFrame(pools, "2025-04")).toBe(pools);
    expect(poolsFrame(pools, "2025-05")).toBeUndefined();
  });
});
