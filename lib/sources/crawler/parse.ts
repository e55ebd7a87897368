import { createHash } from "node:crypto";
import { canonicalJson } from "../../core/canonical";
import type { CrawlNode, CrawlResult } from "../../crawler/result";
import { isIso2 } from "../../geo/countries";
import type { NodeSnapshotInput } from "../../store/nodes";

export const SOURCE_ID = "crawler";

/** Where GeoIP puts an IP; coordinates may be missing when only the country is known. */
export interface GeoPoint {
  /** ISO 3166-1 alpha-2. */
  country: string;
  lat: number | null;
  lon: number | null;
}
/** Injected so the crawler does not depend on which GeoIP database (or none) is configured. */
export type Geolocate = (ip: string) => GeoPoint | null;

/** 0.1° ≈ 11 km, as for Bitnodes snapshots: enough for a world map, not a street address. */
const LOCATION_PRECISION = 1;

/**
 * A crawl as a node snapshot in the shape Bitnodes snapshots are stored in, so the map, API and
 * alerts read it unchanged. total = reachable IP nodes + learned Tor/I2P/CJDNS addresses; every
 * one of them is either in a country or unlocated by network.
 */
export function toNodeSnapshot(result: CrawlResult, geolocate: Geolocate): NodeSnapshotInput {
  const countries = new Map<string, number>();
  const cells = new Map<string, [number, number, string, number]>();
  const unlocated = { ...result.learned, ipv4: 0, ipv6: 0 };
  for (const node of result.nodes) {
    const at = geolocate(node.host);
    // A code we cannot name is not guessed at: the node counts as unlocated instead.
    if (!at || !isIso2(at.country)) {
      unlocated[node.network] += 1;
      continue;
    }
    countries.set(at.country, (countries.get(at.country) ?? 0) + 1);
    if (at.lat === null || at.lon === null) continue;
    const lat = round(at.lat);
    const lon = round(at.lon);
    const key = `${lat} ${lon} ${at.country}`;
    const cell = cells.get(key) ?? [lat, lon, at.country, 0];
    cell[3] += 1;
    cells.set(key, cell);
  }
  const overlay = result.learned.tor + result.learned.i2p + result.learned.cjdns;
  return {
    sourceId: SOURCE_ID,
    takenAt: `${result.startedAt.slice(0, 19)}Z`,
    total: result.nodes.length + overlay,
    latestHeight: consensusHeight(result.nodes),
    locationPrecision: LOCATION_PRECISION,
    unlocated,
    countries: [...countries].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0])),
    locations: [...cells.values()].sort(
      (a, b) => b[3] - a[3] || a[2].localeCompare(b[2]) || a[0] - b[0] || a[1] - b[1],
    ),
  };
}

/** SHA-256 of the crawl in a canonical form (nodes sorted), the ingest's content address. */
export function crawlSha256(result: CrawlResult): string {
  const nodes = [...result.nodes].sort((a, b) => (a.address < b.address ? -1 : 1));
  return createHash("sha256")
    .update(canonicalJson({ ...result, nodes }))
    .digest("hex");
}

/**
 * The chain height: the highest start height that at least two nodes report, so one node
 * announcing a made-up height cannot move it (a lone node's own height when only one answered).
 */
export function consensusHeight(nodes: readonly CrawlNode[]): number | null {
  const heights = nodes.map((n) => n.startHeight).filter((h) => h > 0);
  if (heights.length <= 1) return heights[0] ?? null;
  heights.sort((a, b) => b - a);
  for (let i = 1; i < heights.length; i++) {
    if (heights[i] === heights[i - 1]) return heights[i] as number;
  }
  return null;
}

function round(value: number): number {
  const factor = 10 ** LOCATION_PRECISION;
  // Half away from zero; "+ 0" turns -0 into 0.
  return (Math.sign(value) * Math.round(Math.abs(value) * factor)) / factor + 0;
}
