import { describe, expect, test } from "vitest";
import {
  clusterAt,
  clusterNodes,
  clusterRadius,
  compactCount,
  projectNodes,
} from "./node-clusters";

const world = { scale: 1, originX: 0, originY: 0, width: 256, height: 256 };

describe("projectNodes", () => {
  test("projects to Web Mercator world pixels at zoom 0 and keeps each location's count", () => {
    const p = projectNodes([
      [0, 0, 1],
      [0, 180, 1],
      [85.0511287798, -180, 30],
    ]);
    expect(p.x[0]).toBeCloseTo(128);
    expect(p.y[0]).toBeCloseTo(128);
    expect(p.x[1]).toBeCloseTo(256);
    expect(p.y[2]).toBeCloseTo(0);
    expect([...p.count]).toEqual([1, 1, 30]);
  });
});

describe("clusterNodes", () => {
  test("merges locations in one cell into a node-weighted cluster, largest first", () => {
    // Frankfurt and Berlin, a few pixels apart at zoom 0, and São Paulo.
    const nodes = projectNodes([
      [50, 8, 30],
      [52.5, 13.4, 10],
      [-23, -46, 5],
    ]);
    const clusters = clusterNodes(nodes, world, 44);
    expect(clusters.map((c) => [c.nodes, c.locations])).toEqual([
      [40, 2],
      [5, 1],
    ]);
    const [europe] = clusters;
    const frankfurtX = nodes.x[0] ?? 0;
    const berlinX = nodes.x[1] ?? 0;
    expect(europe?.x).toBeCloseTo((frankfurtX * 30 + berlinX * 10) / 40);
  });

  test("splits the same locations once zoomed in far enough", () => {
    const nodes = projectNodes([
      [50, 8, 30],
      [48, 2, 10],
    ]);
    const scale = 2 ** 6;
    const centreX = (nodes.x[0] ?? 0) * scale - 500;
    const centreY = (nodes.y[0] ?? 0) * scale - 300;
    const clusters = clusterNodes(nodes, {
      scale,
      originX: centreX,
      originY: centreY,
      width: 1000,
      height: 600,
    });
    expect(clusters.map((c) => c.nodes)).toEqual([30, 10]);
  });

  test("leaves out what is not in view", () => {
    const nodes = projectNodes([[0, 0, 3]]);
    const view = { scale: 4, originX: 0, originY: 0, width: 100, height: 100 };
    expect(clusterNodes(nodes, view)).toEqual([]);
  });
});

describe("hit testing and labels", () => {
  test("finds the smallest disc under the pointer, and nothing beside it", () => {
    const big = { x: 50, y: 50, nodes: 2000, locations: 40 };
    const small = { x: 55, y: 50, nodes: 3, locations: 1 };
    expect(clusterAt([big, small], 55, 50)).toBe(small);
    expect(clusterAt([big, small], 60 + clusterRadius(2000), 50)).toBeNull();
  });

  test("radius grows with the count but stays bounded", () => {
    expect(clusterRadius(1)).toBeLessThan(clusterRadius(10));
    expect(clusterRadius(10)).toBeLessThan(clusterRadius(1000));
    expect(clusterRadius(1e6)).toBe(24);
  });

  test("labels counts compactly", () => {
    expect([7, 950, 1200, 1000, 12_400].map(compactCount)).toEqual([
      "7",
      "950",
      "1.2k",
      "1k",
      "12k",
    ]);
  });
});

describe("clusters and panning", () => {
  test("the same places group the same way after the map is panned by a few pixels", () => {
    const nodes = projectNodes([
      [50, 8, 30],
      [52.5, 13.4, 10],
      [48.1, 11.6, 5],
      [-23, -46, 5],
    ]);
    const view = { scale: 4, originX: 300, originY: 200, width: 600, height: 400 };
    const groups = (originX: number) =>
      clusterNodes(nodes, { ...view, originX }).map((c) => [c.nodes, c.locations]);
    expect(groups(307)).toEqual(groups(300));
    expect(groups(331)).toEqual(groups(300));
  });
});
