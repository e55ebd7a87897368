import { describe, expect, test } from "vitest";
import { inDrawingOrder, SITE_COLOURS, siteRadius, siteRank, siteStyle } from "./site-style";

describe("how a known site is drawn", () => {
  test("energized is filled, under construction a ring, announced dashed and hollow, closed grey", () => {
    const at = (status: Parameters<typeof siteStyle>[0]["status"]) =>
      siteStyle({ status, capacityMw: 100, precision: "locality" });
    expect(at("energized").fillOpacity).toBeGreaterThan(0.5);
    expect(at("under_construction")).toMatchObject({ fillOpacity: 0, dashArray: undefined });
    expect(at("announced")).toMatchObject({ fillOpacity: 0, dashArray: "4 3" });
    expect(at("closed").fillColor).toBe("#8a8f98");
    expect(at("sold").fillColor).toBe("#8a8f98");
  });

  test("larger for more MW, and a site with no stated MW still visible", () => {
    expect(siteRadius(500)).toBeGreaterThan(siteRadius(50));
    expect(siteRadius(null)).toBe(4);
    // Area grows with MW: 4 × the MW, about 2 × the radius beyond the minimum.
    expect((siteRadius(400) - 4) / (siteRadius(100) - 4)).toBeCloseTo(2, 9);
  });

  test("a region or country centroid is drawn as an area, never as a pin on a town", () => {
    const s = (precision: "locality" | "region" | "country") =>
      siteStyle({ status: "energized", capacityMw: 10, precision }).areaMetres;
    expect(s("locality")).toBeNull();
    expect(s("region")).toBeGreaterThan(0);
    expect(s("country") ?? 0).toBeGreaterThan(s("region") ?? 0);
  });

  test("a site last reported over the horizon ago is faded; a low-confidence one dotted", () => {
    const base = { status: "energized" as const, capacityMw: 10, precision: "locality" as const };
    expect(siteStyle({ ...base, stale: true }).fillOpacity).toBeLessThan(
      siteStyle(base).fillOpacity,
    );
    expect(siteStyle({ ...base, confidence: "low" }).dashArray).toBe("1 3");
    expect(siteStyle({ ...base, confidence: "medium" }).dashArray).toBeUndefined();
  });
});

describe("which site is drawn on top, and how at world zoom", () => {
  const site = (
    id: string,
    status: Parameters<typeof siteStyle>[0]["status"],
    extra: { capacityMw?: number; stale?: boolean } = {},
  ) => ({
    id,
    status,
    capacityMw: extra.capacityMw ?? 100,
    precision: "locality" as const,
    ...extra,
  });

  test("running sites above plans above ended ones (Yguazú: HIVE's energized site over the sold one)", () => {
    const order = inDrawingOrder([
      site("energized", "energized"),
      site("sold", "sold"),
      site("announced", "announced"),
      site("closed", "closed"),
      site("expanded", "expanded"),
      site("building", "under_construction"),
    ]).map((s) => s.id);
    expect(order.indexOf("sold")).toBeLessThan(order.indexOf("announced"));
    expect(order.indexOf("closed")).toBeLessThan(order.indexOf("building"));
    expect(order.indexOf("building")).toBeLessThan(order.indexOf("energized"));
    expect(order.indexOf("announced")).toBeLessThan(order.indexOf("expanded"));
    expect(siteRank(site("x", "sold"))).toBe(siteRank(site("y", "closed")));
  });

  test("a faded site lies under a current one of its stage; a larger disc under a smaller", () => {
    expect(
      inDrawingOrder([site("now", "energized"), site("old", "energized", { stale: true })]).map(
        (s) => s.id,
      ),
    ).toEqual(["old", "now"]);
    expect(
      inDrawingOrder([
        site("small", "energized", { capacityMw: 10 }),
        site("big", "energized", { capacityMw: 500 }),
      ]).map((s) => s.id),
    ).toEqual(["big", "small"]);
  });

  test("at world zoom every marker is a small unfilled ring in its status colour", () => {
    for (const status of ["energized", "under_construction", "announced", "sold"] as const) {
      const world = siteStyle({ status, capacityMw: 1000, precision: "locality" }, { world: true });
      expect(world.fillOpacity).toBe(0);
      expect(world.radius).toBeLessThanOrEqual(6);
      expect(world.color).toBe(SITE_COLOURS[status]);
    }
    expect(
      siteStyle({ status: "energized", capacityMw: 1000, precision: "locality" }).radius,
    ).toBeGreaterThan(20);
  });
});
