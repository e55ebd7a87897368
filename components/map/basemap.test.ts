import { expect, test } from "vitest";
import { loadBasemap } from "./basemap";

test("keys the bundled countries by ISO alpha-2 and leaves Antarctica out", () => {
  const features = loadBasemap().features;
  const codes = features.map((f) => f.properties.iso2);
  expect(features.length).toBeGreaterThan(170);
  for (const code of ["CN", "US", "KZ", "RU", "MY", "IR", "ET", "PY", "DE", "IE"])
    expect(codes).toContain(code);
  expect(codes).not.toContain("AQ");
  expect(new Set(codes.filter(Boolean)).size).toBe(codes.filter(Boolean).length);
});

test("keeps rings that cross the 180° meridian continuous (no stripe across the map)", () => {
  for (const f of loadBasemap().features) {
    const polys = f.geometry.type === "Polygon" ? [f.geometry.coordinates] : f.geometry.coordinates;
    for (const ring of polys.flat())
      ring.forEach((p, i) => {
        if (i > 0) expect(Math.abs((p[0] ?? 0) - (ring[i - 1]?.[0] ?? 0))).toBeLessThan(180);
      });
  }
});
