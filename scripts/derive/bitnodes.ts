import { type SeedNodesFile, seedNodesFileSchema } from "../../lib/seed/schema";
import {
  LOCATION_PRECISION,
  locateRow,
  roundTo,
  tallyNodes,
} from "../../lib/sources/bitnodes/parse";
import { bitnodesSnapshotSchema } from "../../lib/sources/bitnodes/schema";
import { compareText } from "./compare";
import { BITNODES_SOURCE } from "./sources";

/**
 * A Bitnodes snapshot (`GET /api/v1/snapshots/<timestamp>/`) → node counts per country, per
 * rounded location, and unlocated nodes per network. Both row formats are accepted: the legacy
 * 13 fields (with GeoIP) and the 5 fields Bitnodes has returned since late 2025 (no location).
 */

export { locateRow, roundTo };

export function deriveBitnodes(payload: unknown): SeedNodesFile {
  const snapshot = bitnodesSnapshotSchema.parse(payload);
  const entries = Object.entries(snapshot.nodes);
  const tally = tallyNodes(entries, null);
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
