import { describe, expect, test } from "vitest";
import { deriveBitnodes, locateRow, roundTo } from "./bitnodes";
import { hostOf, networkOfAddress } from "./network";

describe("networkOfAddress", () => {
  test.each([
    ["qp6ro3mnogsi7manj3gdt5xhic43n45fumvg527z5uvtoy3vyp7re6yd.onion:8333", "tor"],
    ["ukeu3k5oycgaauneqgtnvselmt4yemvoilkln7jpvamvfx7dnkdq.b32.i2p:0", "i2p"],
    ["[fc32:17ea:e415:c3bf:9808:149d:b5a2:c9aa]:8333", "cjdns"],
    ["[2a01:4f8:222:16d6::2]:8333", "ipv6"],
    ["[fc::1]:8333", "ipv6"],
    ["47.61.209.2:8333", "ipv4"],
    ["seed.example.org:8333", "unknown"],
  ])("%s is %s", (address, network) => {
    expect(networkOfAddress(address)).toBe(network);
  });

  test("hostOf strips the port and IPv6 brackets", () => {
    expect(hostOf("[2a01::2]:8333")).toBe("2a01::2");
    expect(hostOf("1.2.3.4:8333")).toBe("1.2.3.4");
    expect(hostOf("2a01::2")).toBe("2a01::2");
  });
});

const legacy = (country: string | null, lat: number, lon: number) =>
  [
    70016,
    "/Satoshi:22.0.0/",
    1647548448,
    1032,
    727865,
    "h",
    null,
    country,
    lat,
    lon,
    null,
    "AS1",
    "Org",
  ] as const;
const short = [70016, "/Satoshi:27.0.0/", 1760000000, 1033, 900000] as const;

describe("locateRow", () => {
  test("uses the legacy GeoIP country and coordinates", () => {
    expect(locateRow([...legacy("DE", 50.62, 12.27)])).toEqual({
      country: "DE",
      lat: 50.62,
      lon: 12.27,
    });
  });

  test("never places a node at (0,0) or without a country", () => {
    expect(locateRow([...legacy(null, 0, 0)])).toBeNull();
    expect(locateRow([...legacy("US", 0, 0)])).toBeNull();
    expect(locateRow([...legacy(null, 47, 8)])).toBeNull();
  });

  test("has no location for the 5-field format", () => {
    expect(locateRow([...short])).toBeNull();
  });
});

describe("deriveBitnodes", () => {
  test("counts every node: located by country and cell, the rest by network", () => {
    const file = deriveBitnodes({
      timestamp: 1647591363,
      total_nodes: 5,
      latest_height: 727865,
      nodes: {
        "1.2.3.4:8333": legacy("DE", 50.62, 12.27),
        "1.2.3.5:8333": legacy("DE", 50.64, 12.26),
        "abc.onion:8333": legacy(null, 0, 0),
        "5.6.7.8:8333": legacy(null, 47, 8),
        "[fc00:1:2:3::4]:8333": legacy(null, 0, 0),
      },
    });
    expect(file.snapshot).toEqual({
      takenAt: "2022-03-18T08:16:03Z",
      total: 5,
      latestHeight: 727865,
      unlocated: { tor: 1, i2p: 0, cjdns: 1, ipv4: 1, ipv6: 0, unknown: 0 },
    });
    expect(file.countries).toEqual([["DE", 2]]);
    expect(file.locations).toEqual([[50.6, 12.3, "DE", 2]]);
  });

  test("reads the 5-field format, counting every node as unlocated by network", () => {
    const file = deriveBitnodes({
      timestamp: 1760000000,
      total_nodes: 3,
      latest_height: 900000,
      nodes: { "1.2.3.4:8333": short, "[2a01::2]:8333": short, "x.b32.i2p:0": short },
    });
    expect(file.snapshot.unlocated).toEqual({
      tor: 0,
      i2p: 1,
      cjdns: 0,
      ipv4: 1,
      ipv6: 1,
      unknown: 0,
    });
    expect(file.countries).toEqual([]);
    expect(file.locations).toEqual([]);
  });

  test("fails loudly when the declared total disagrees with the nodes listed", () => {
    const payload = { timestamp: 1, total_nodes: 2, nodes: { "1.2.3.4:8333": short } };
    expect(() => deriveBitnodes(payload)).toThrow(/total_nodes says 2 but 1/);
  });

  test("rejects a row in neither format", () => {
    const payload = { timestamp: 1, nodes: { "1.2.3.4:8333": [70016, "/x/", 1] } };
    expect(() => deriveBitnodes(payload)).toThrow();
  });
});

describe("roundTo", () => {
  test("rounds half away from zero and never prints -0", () => {
    expect(roundTo(12.25, 1)).toBe(12.3);
    expect(roundTo(-12.25, 1)).toBe(-12.3);
    expect(Object.is(roundTo(-0.04, 1), 0)).toBe(true);
  });
});
