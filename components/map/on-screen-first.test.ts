import type { Polygon } from "geojson";
import { describe, expect, it } from "vitest";
import { onScreenFirst } from "./on-screen-first";

const square = (id: string, lon: number, lat: number) => ({
  id,
  geometry: {
    type: "Polygon",
    coordinates: [
      [
        [lon, lat],
        [lon + 2, lat],
        [lon + 2, lat + 2],
        [lon, lat + 2],
        [lon, lat],
      ],
    ],
  } satisfies Polygon as Polygon,
});

describe("onScreenFirst", () => {
  const features = [
    square("japan", 138, 36),
    square("paraguay", -58, -25),
    square("peru", -76, -10),
  ];

  it("puts the shapes inside the view first and keeps each group's order", () => {
    const southAmerica = { west: -82, south: -56, east: -34, north: 13 };
    expect(onScreenFirst(features, southAmerica).map((f) => f.id)).toEqual([
      "paraguay",
      "peru",
      "japan",
    ]);
  });

  it("counts a shape that only touches the view's edge as on screen", () => {
    const edge = { west: 140, south: 0, east: 150, north: 10 };
    const touching = square("edge", 138, 8);
    expect(onScreenFirst([square("far", -58, -25), touching], edge).map((f) => f.id)).toEqual([
      "edge",
      "far",
    ]);
  });

  it("keeps every shape when none is on screen", () => {
    const ocean = { west: -170, south: -50, east: -150, north: -40 };
    expect(onScreenFirst(features, ocean)).toHaveLength(3);
  });
});
