import { describe, expect, test } from "vitest";
import { buildProfiles, footprintMonth, type ServerLocation } from "./footprint";

const host = (
  pool: string,
  host: string,
  country: string | null,
  locatedBy: string,
): ServerLocation => ({
  pool,
  host,
  country,
  locatedBy,
});

describe("pool server footprint", () => {
  const profiles = buildProfiles([
    host("a", "us.a", "US", "dns+geoip"),
    host("a", "eu.a", null, "unresolved"),
    host("b", "b1", "CN", "declared"),
    host("b", "b2", "CN", "dns+geoip"),
    host("c", "c1", null, "unresolved"),
  ]);

  test("a pool's profile is the fraction of its hosts in each country; unlocated hosts stay unattributed", () => {
    expect(profiles.get("a")?.weights).toEqual(new Map([["US", 0.5]]));
    expect(profiles.get("b")?.weights).toEqual(new Map([["CN", 1]]));
    expect(profiles.has("c")).toBe(false);
  });

  test("each profile says how it was obtained", () => {
    expect(profiles.get("a")?.method).toBe("dns+geoip");
    expect(profiles.get("b")?.method).toBe("declared+dns+geoip");
  });

  test("country share = Σ pool share × profile; coverage is what was attributed; the rest is one null row", () => {
    const month = footprintMonth(
      [
        { slug: "a", share: 0.4 },
        { slug: "b", share: 0.3 },
        { slug: "c", share: 0.2 },
        { slug: "unknown", share: 0.1 },
      ],
      profiles,
    );
    expect(month.rows).toEqual([
      { country: "CN", share: 0.3 },
      { country: "US", share: 0.2 },
      { country: null, share: 0.5 },
    ]);
    expect(month.coverage).toBe(0.5);
    expect(month.profiled.map((p) => p.pool)).toEqual(["a", "b"]);
  });

  test("refuses pool shares that add up to more than the whole network", () => {
    expect(() =>
      footprintMonth(
        [
          { slug: "a", share: 0.7 },
          { slug: "b", share: 0.7 },
        ],
        profiles,
      ),
    ).toThrow(/> 1/);
  });
});
