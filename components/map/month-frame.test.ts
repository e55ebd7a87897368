import { describe, expect, test } from "vitest";
import type { NodeLocationsResponse, NodesResponse, PoolsResponse } from "@/lib/api/schemas";
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
const summary = (month: string, taken: string | null): NodesResponse => ({
  month,
  snapshot: taken ? snapshot(taken) : null,
  olderSnapshot: null,
  countries: [],
});
const located = (month: string, taken: string): NodeLocationsResponse => ({
  ...summary(month, taken),
  locations: [[52.5, 13.4, 3]],
});

describe("what each map layer draws for a month", () => {
  test("nodes: the month's own snapshot, none, or not known yet — never another month's", () => {
    const march = "2022-03-18T08:16:03.000Z";
    expect(nodesFrame(summary("2022-04", march), located("2022-03", march), "2022-04")).toEqual({
      key: march,
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
