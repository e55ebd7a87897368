import { describe, expect, test } from "vitest";
import { loadBasemap } from "./basemap";
import { type CountryPoint, countryPoint, nearestCountry, nextCountry } from "./country-keys";

const points: CountryPoint[] = loadBasemap().features.flatMap((f) =>
  f.properties.iso2 ? [{ iso2: f.properties.iso2, ...countryPoint(f.geometry) }] : [],
);
const at = (iso2: string) => {
  const p = points.find((c) => c.iso2 === iso2);
  if (!p) throw new Error(`${iso2} is not on the basemap`);
  return p;
};

describe("moving between countries with the arrow keys", () => {
  test("a country's point is on its largest polygon, not between its parts", () => {
    const france = at("FR");
    expect(france.lon).toBeGreaterThan(-5);
    expect(france.lat).toBeGreaterThan(42);
    const us = at("US");
    expect(us.lon).toBeLessThan(-80);
    expect(us.lat).toBeLessThan(50);
  });

  test("an arrow goes to a neighbour in that direction", () => {
    expect(nextCountry(points, at("ES"), "ArrowLeft")?.iso2).toBe("PT");
    expect(nextCountry(points, at("US"), "ArrowUp")?.iso2).toBe("CA");
    expect(nextCountry(points, at("US"), "ArrowDown")?.iso2).toBe("MX");
    expect(nextCountry(points, at("MN"), "ArrowLeft")?.iso2).toBe("KZ");
  });

  test("nothing lies beyond the edge of the world", () => {
    const east = points.reduce((a, b) => (b.lon > a.lon ? b : a));
    expect(nextCountry(points, east, "ArrowRight")).toBeNull();
  });

  test("the keyboard starts at the country nearest the middle of the map", () => {
    expect(nearestCountry(points, { lon: 105, lat: 35 })?.iso2).toBe("CN");
  });
});
