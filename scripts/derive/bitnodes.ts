import { z } from "zod";
import { isIso2 } from "../../lib/geo/countries";
import { type SeedNodesFile, seedNodesFileSchema } from "../../lib/seed/schema";
import { compareText } from "./compare";
import { type Network, networkOfAddress } from "./network";
import { BITNODES_SOURCE } from "./sources";

/**
 * A Bitnodes snapshot (`GET /api/v1/snapshots/<timestamp>/`) → node counts per country, per
 * rounded location, and unlocated nodes per network. Both row formats are accepted: the legacy
 * 13 fields (with GeoIP) and the 5 fields Bitnodes has returned since late 2025 (no location).
 */

const head = [z.number(), z.string(), z.number(), z.number(), z.number()] as const;
const legacyRowSchema = z.tuple([
  ...head,
  z.string().nullable(), // hostname
  z.string().nullable(), // city
  z.string().nullable(), // country (ISO2)
  z.number().nullable(), // latitude
  z.number().nullable(), // longitude
  z.string().nullable(), // timezone
  z.string().nullable(), // asn
  z.string().nullable(), // organization name
]);
const shortRowSchema = z.tuple([...head]);

export const bitnodesSnapshotSchema = z.object({
  timestamp: z.number().int().positive(),
  total_nodes: z.number().int().nonnegative().optional(),
  latest_height: z.number().int().nonnegative().nullable().optional(),
  nodes: z.record(z.string(), z.union([legacyRowSchema, shortRowSchema])),
});
export type BitnodesSnapshot = z.infer<typeof bitnodesSnapshotSchema>;
type NodeRow = BitnodesSnapshot["nodes"][string];

/** 0.1° ≈ 11 km: enough for a world map, coarse enough not to pin a node to a building. */
export const LOCATION_PRECISION = 1;

export interface NodeLocation {
  country: string;
  lat: number;
  lon: number;
}

/**
 * Where Bitnodes placed a node, or null when it could not: the 5-field format, a null country,
 * or GeoIP's "no location" of latitude and longitude both 0.
 */
export function locateRow(row: NodeRow): NodeLocation | null {
  if (row.length === 5) return null;
  const [, , , , , , , country, lat, lon] = row;
  if (country === null || lat === null || lon === null || (lat === 0 && lon === 0)) return null;
  if (!isIso2(country)) throw new Error(`Bitnodes: unknown country code "${country}"`);
  return { country, lat, lon };
}

export function deriveBitnodes(payload: unknown): SeedNodesFile {
  const snapshot = bitnodesSnapshotSchema.parse(payload);
  const entries = Object.entries(snapshot.nodes);
  const tally = tallyNodes(entries);
  const file = seedNodesFileSchema.parse({
    kind: "node-snapshot",
    source: BITNODES_SOURCE,
    snapshot: {
      takenAt: new Date(snapshot.timestamp * 1000).toISOString().replace(".000Z", "Z"),
      total: entries.length,
      latestHeight: snapshot.latest_height ?? null,
      unlocated: tally.unlocated,
    },
    countries: sortCounts([...tally.countries]),
    locationPrecision: LOCATION_PRECISION,
    locations: sortLocations(tally.locations),
  });
  assertAllCounted(file, snapshot.total_nodes);
  return file;
}

interface Tally {
  countries: Map<string, number>;
  locations: Map<string, [number, number, string, number]>;
  unlocated: Record<Network, number>;
}

function tallyNodes(entries: [string, NodeRow][]): Tally {
  const tally: Tally = {
    countries: new Map(),
    locations: new Map(),
    // Every network listed, zeros included: the seed schema's record over the enum is exhaustive.
    unlocated: { tor: 0, i2p: 0, cjdns: 0, ipv4: 0, ipv6: 0, unknown: 0 },
  };
  for (const [address, row] of entries) {
    const at = locateRow(row);
    if (at === null) {
      tally.unlocated[networkOfAddress(address)] += 1;
      continue;
    }
    tally.countries.set(at.country, (tally.countries.get(at.country) ?? 0) + 1);
    const lat = roundTo(at.lat, LOCATION_PRECISION);
    const lon = roundTo(at.lon, LOCATION_PRECISION);
    const key = `${lat} ${lon} ${at.country}`;
    const cell = tally.locations.get(key) ?? [lat, lon, at.country, 0];
    cell[3] += 1;
    tally.locations.set(key, cell);
  }
  return tally;
}

/** Round half away from zero; `+ 0` turns -0 into 0 so it prints as "0". */
export function roundTo(value: number, decimals: number): number {
  const factor = 10 ** decimals;
  return (Math.sign(value) * Math.round(Math.abs(value) * factor)) / factor + 0;
}

function sortCounts(counts: [string, number][]): [string, number][] {
  return counts.sort((a, b) => b[1] - a[1] || compareText(a[0], b[0]));
}

function sortLocations(cells: Map<string, [number, number, string, number]>) {
  return [...cells.values()].sort(
    (a, b) => b[3] - a[3] || compareText(a[2], b[2]) || a[0] - b[0] || a[1] - b[1],
  );
}

/** Every node is in exactly one bucket: a country or an unlocated network. */
function assertAllCounted(file: SeedNodesFile, declaredTotal: number | undefined): void {
  const located = file.countries.reduce((sum, [, n]) => sum + n, 0);
  const unlocated = Object.values(file.snapshot.unlocated).reduce((sum, n) => sum + n, 0);
  const { total } = file.snapshot;
  if (located + unlocated !== total) {
    throw new Error(`Bitnodes: ${located} located + ${unlocated} unlocated ≠ ${total} nodes`);
  }
  if (declaredTotal !== undefined && declaredTotal !== total) {
    throw new Error(`Bitnodes: total_nodes says ${declaredTotal} but ${total} nodes are listed`);
  }
}
