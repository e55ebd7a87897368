import type { NodeNetwork } from "../../core/schemas";
import { isIso2 } from "../../geo/countries";
import type { GeoLocator } from "../../geo/geoip";
import { hostOf, networkOfAddress } from "../../geo/network";
import { SourceError } from "../../http/errors";
import type { NodeSnapshotInput } from "../../store/nodes";
import {
  type BitnodesSnapshot,
  bitnodesSnapshotSchema,
  crawlerExportSchema,
  type NodeRow,
} from "./schema";

export const SOURCE_ID = "bitnodes";
/** 0.1° ≈ 11 km: enough for a world map, coarse enough not to pin a node to a building. */
export const LOCATION_PRECISION = 1;

interface NodeLocation {
  country: string;
  lat: number;
  lon: number;
}

/**
 * Where Bitnodes placed a node, or null when it did not: the 5-field format, a null country, or
 * GeoIP's "no location" of latitude and longitude both 0 (Tor nodes arrive like that).
 */
export function locateRow(row: NodeRow): NodeLocation | null {
  if (row.length === 5) return null;
  const [, , , , , , , country, lat, lon] = row;
  if (country === null || lat === null || lon === null || (lat === 0 && lon === 0)) return null;
  // A code that is not ISO 3166 (GeoIP's "EU", "A1" anonymous proxy…) names no country: the
  // node is looked up locally or counted as unlocated, never guessed and never fatal.
  if (!isIso2(country)) return null;
  return { country, lat, lon };
}

interface Tally {
  countries: Map<string, number>;
  locations: Map<string, [number, number, string, number]>;
  unlocated: Record<NodeNetwork, number>;
  locatedBy: { upstream: number; geoip: number };
}

/**
 * Counts every node into exactly one bucket: a country (with a rounded location) or an unlocated
 * network. Upstream coordinates are kept; clearnet nodes without them are looked up in `geo`.
 */
export function tallyNodes(entries: Iterable<[string, NodeRow]>, geo: GeoLocator | null): Tally {
  const tally: Tally = {
    countries: new Map(),
    locations: new Map(),
    unlocated: { tor: 0, i2p: 0, cjdns: 0, ipv4: 0, ipv6: 0, unknown: 0 },
    locatedBy: { upstream: 0, geoip: 0 },
  };
  for (const [address, row] of entries) {
    let at = locateRow(row);
    const network = networkOfAddress(address);
    if (at !== null) tally.locatedBy.upstream += 1;
    else if (geo !== null && (network === "ipv4" || network === "ipv6")) {
      at = geo.locate(hostOf(address));
      if (at !== null) tally.locatedBy.geoip += 1;
    }
    if (at === null) {
      tally.unlocated[network] += 1;
      continue;
    }
    add(tally, at);
  }
  return tally;
}

function add(tally: Tally, at: NodeLocation): void {
  tally.countries.set(at.country, (tally.countries.get(at.country) ?? 0) + 1);
  const lat = roundTo(at.lat, LOCATION_PRECISION);
  const lon = roundTo(at.lon, LOCATION_PRECISION);
  const key = `${lat} ${lon} ${at.country}`;
  const cell = tally.locations.get(key);
  if (cell) cell[3] += 1;
  else tally.locations.set(key, [lat, lon, at.country, 1]);
}

/** Round half away from zero; `+ 0` turns -0 into 0 so it prints as "0". */
export function roundTo(value: number, decimals: number): number {
  const factor = 10 ** decimals;
  return (Math.sign(value) * Math.round(Math.abs(value) * factor)) / factor + 0;
}

/** Validates an API snapshot payload; a violation is a `parse` SourceError naming the first issue. */
export function validateSnapshot(payload: unknown): BitnodesSnapshot {
  const parsed = bitnodesSnapshotSchema.safeParse(payload);
  if (!parsed.success) throw schemaError(parsed.error.issues);
  if (Object.keys(parsed.data.nodes).length === 0) {
    throw new SourceError(
      SOURCE_ID,
      "parse",
      "snapshot lists no nodes (refusing an empty node set)",
    );
  }
  return parsed.data;
}

function schemaError(issues: readonly { path: PropertyKey[]; message: string }[]): SourceError {
  const first = issues
    .slice(0, 3)
    .map((i) => `${i.path.map(String).join(".") || "(root)"}: ${i.message}`);
  return new SourceError(
    SOURCE_ID,
    "parse",
    `payload does not match the schema — ${first.join("; ")}`,
  );
}

/** The crawler's export (`<unix time>.json`, an array of rows) in the API's snapshot shape. */
export function exportToSnapshot(payload: unknown, timestamp: number): BitnodesSnapshot {
  const parsed = crawlerExportSchema.safeParse(payload);
  if (!parsed.success) throw schemaError(parsed.error.issues);
  const nodes: Record<string, NodeRow> = {};
  for (const [address, port, ...row] of parsed.data) {
    const host = address.includes(":") && !address.endsWith(".onion") ? `[${address}]` : address;
    nodes[`${host}:${port}`] = row as NodeRow;
  }
  return validateSnapshot({ timestamp, nodes });
}

/** A validated snapshot → the aggregates the store keeps. Pure apart from the GeoIP lookups. */
export function snapshotToInput(
  snapshot: BitnodesSnapshot,
  geo: GeoLocator | null,
): NodeSnapshotInput {
  const entries = Object.entries(snapshot.nodes);
  const tally = tallyNodes(entries, geo);
  return {
    sourceId: SOURCE_ID,
    takenAt: new Date(snapshot.timestamp * 1000).toISOString(),
    total: entries.length,
    latestHeight: snapshot.latest_height ?? null,
    locationPrecision: LOCATION_PRECISION,
    unlocated: tally.unlocated,
    countries: [...tally.countries].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1)),
    locations: [...tally.locations.values()],
    locatedBy: tally.locatedBy,
  };
}
