import { describe, expect, test } from "vitest";
import { crawlResult } from "../../crawler/testing/results";
import { consensusHeight, type GeoPoint, toNodeSnapshot } from "./parse";

const geo =
  (table: Record<string, GeoPoint>) =>
  (ip: string): GeoPoint | null =>
    table[ip] ?? null;

describe("toNodeSnapshot", () => {
  test("counts every node once: in a country, or unlocated by network", () => {
    const result = crawlResult(
      [
        { host: "1.1.1.1" },
        { host: "1.1.1.2" },
        { host: "2.2.2.2" },
        { host: "3.3.3.3" },
        { host: "2001:db8::9", network: "ipv6" },
      ],
      { learned: { tor: 4, i2p: 2, cjdns: 1 } },
    );
    const snapshot = toNodeSnapshot(
      result,
      geo({
        "1.1.1.1": { country: "DE", lat: 50.1109, lon: 8.6821 },
        "1.1.1.2": { country: "DE", lat: 50.1491, lon: 8.6501 },
        "2.2.2.2": { country: "PY", lat: null, lon: null },
      }),
    );
    expect(snapshot).toMatchObject({
      sourceId: "crawler",
      takenAt: "2026-11-20T12:00:00Z",
      total: 12,
      unlocated: { tor: 4, i2p: 2, cjdns: 1, ipv4: 1, ipv6: 1 },
      countries: [
        ["DE", 2],
        ["PY", 1],
      ],
      // Both Frankfurt nodes share the 0.1° cell; the country-only match has no point.
      locations: [[50.1, 8.7, "DE", 2]],
    });
  });

  test("does not guess: a GeoIP country code that is not ISO 3166 counts as unlocated", () => {
    const result = crawlResult([{ host: "5.5.5.5" }]);
    const snapshot = toNodeSnapshot(result, geo({ "5.5.5.5": { country: "EU", lat: 1, lon: 1 } }));
    expect(snapshot.countries).toEqual([]);
    expect(snapshot.unlocated.ipv4).toBe(1);
  });
});

describe("consensusHeight", () => {
  test("ignores a single node announcing an absurd height", () => {
    const nodes = crawlResult([
      { startHeight: 925_001 },
      { startHeight: 925_001 },
      { startHeight: 2_000_000_000 },
      { startHeight: 925_000 },
    ]).nodes;
    expect(consensusHeight(nodes)).toBe(925_001);
  });

  test("is the lone node's height when only one node answered, and null for none", () => {
    expect(consensusHeight(crawlResult([{ startHeight: 7 }]).nodes)).toBe(7);
    expect(consensusHeight([])).toBeNull();
  });
});
