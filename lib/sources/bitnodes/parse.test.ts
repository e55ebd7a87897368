import { readFileSync } from "node:fs";
import { describe, expect, test } from "vitest";
import { openGeoIp } from "../../geo/geoip";
import { SourceError } from "../../http/errors";
import { readSnapshotFile } from "./index";
import { exportToSnapshot, snapshotToInput, validateSnapshot } from "./parse";

const dir = "lib/sources/bitnodes/fixtures";
const load = (name: string): unknown => JSON.parse(readFileSync(`${dir}/${name}`, "utf8"));

describe("Bitnodes parse", () => {
  const legacy = snapshotToInput(validateSnapshot(load("snapshot-1647591363.trimmed.json")), null);

  test("every node lands in exactly one bucket: a country or an unlocated network", () => {
    const located = legacy.countries.reduce((a, [, n]) => a + n, 0);
    const unlocated = Object.values(legacy.unlocated).reduce((a, n) => a + n, 0);
    expect(located + unlocated).toBe(legacy.total);
    expect(legacy.locations.every(([lat, lon]) => !(lat === 0 && lon === 0))).toBe(true);
  });

  test("counts Tor nodes as unlocated, never at (0,0)", () => {
    const tor = Object.keys(
      (load("snapshot-1647591363.trimmed.json") as { nodes: object }).nodes,
    ).filter((a) => a.includes(".onion"));
    expect(legacy.unlocated.tor).toBe(tor.length);
  });

  test("5-field rows (Bitnodes since late 2025) without GeoIP leave every node unlocated by network", () => {
    const short = snapshotToInput(validateSnapshot(load("snapshot-1647591363.5-field.json")), null);
    expect(short.countries).toEqual([]);
    expect(short.total).toBe(legacy.total);
    expect(short.unlocated.tor).toBe(legacy.unlocated.tor);
  });

  test("5-field clearnet rows are geolocated locally and say so; Tor stays unlocated", async () => {
    const geo = await openGeoIp();
    expect(geo).not.toBeNull();
    const short = snapshotToInput(validateSnapshot(load("snapshot-1647591363.5-field.json")), geo);
    const located = short.countries.reduce((a, [, n]) => a + n, 0);
    expect(located).toBeGreaterThan(0);
    expect(short.locatedBy).toEqual({ upstream: 0, geoip: located });
    expect(short.unlocated.tor).toBe(legacy.unlocated.tor);
  });

  test("the crawler's export (<unix time>.json, address and port first) gives the same counts as the API", async () => {
    const fromFile = await readSnapshotFile(`${dir}/crawler-export/1647591363.json`);
    expect(snapshotToInput(fromFile.snapshot, null).countries).toEqual(legacy.countries);
    expect(fromFile.snapshot.timestamp).toBe(1647591363);
  });

  test("a crawler export without a timestamp file name is refused", () => {
    expect(() => exportToSnapshot("not rows", 1)).toThrow(SourceError);
  });

  test("a node with a non-ISO country code (GeoIP's EU, A1…) is unlocated, not a new country", () => {
    const payload = load("snapshot-1647591363.trimmed.json") as {
      nodes: Record<string, unknown[]>;
    };
    const before = snapshotToInput(validateSnapshot(structuredClone(payload)), null);
    const entry = Object.entries(payload.nodes).find(
      ([a, r]) => typeof r[7] === "string" && !a.includes(":") === false && !a.startsWith("["),
    );
    if (!entry) throw new Error("fixture has no located IPv4 node");
    const [, row] = entry;
    const country = row[7] as string;
    row[7] = "EU";
    const after = snapshotToInput(validateSnapshot(payload), null);
    expect(after.total).toBe(before.total);
    expect(after.countries.some(([c]) => c === "EU")).toBe(false);
    const count = (input: typeof before, c: string) =>
      input.countries.find(([x]) => x === c)?.[1] ?? 0;
    expect(count(after, country)).toBe(count(before, country) - 1);
    expect(after.unlocated.ipv4).toBe((before.unlocated.ipv4 ?? 0) + 1);
  });
});
