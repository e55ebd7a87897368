import { chunks } from "./batch";
import type { Db } from "./schema";

export interface NodeSnapshotInput {
  sourceId: string;
  takenAt: string;
  total: number;
  latestHeight: number | null;
  locationPrecision: number;
  unlocated: Record<string, number>;
  countries: ReadonlyArray<readonly [string, number]>;
  locations: ReadonlyArray<readonly [number, number, string, number]>;
  /** How the located nodes were located ("upstream", "geoip") → count; absent for the seed. */
  locatedBy?: Record<string, number>;
}

export function snapshotId(sourceId: string, takenAt: string): string {
  return `${sourceId}:${takenAt}`;
}

/** Stores one snapshot and its aggregates; a snapshot already stored is left as it is. */
export async function insertNodeSnapshot(
  db: Db,
  snapshot: NodeSnapshotInput,
  ingestId: string,
): Promise<boolean> {
  const id = snapshotId(snapshot.sourceId, snapshot.takenAt);
  const existing = await db
    .selectFrom("node_snapshots")
    .select("id")
    .where("id", "=", id)
    .executeTakeFirst();
  if (existing) return false;
  const unlocated = Object.entries(snapshot.unlocated).filter(([, n]) => n > 0);
  await db
    .insertInto("node_snapshots")
    .values({
      id,
      source_id: snapshot.sourceId,
      taken_at: snapshot.takenAt,
      total: snapshot.total,
      latest_height: snapshot.latestHeight,
      unlocated: unlocated.reduce((a, [, n]) => a + n, 0),
      location_precision: snapshot.locationPrecision,
      ingest_id: ingestId,
    })
    .execute();
  if (unlocated.length > 0) {
    await db
      .insertInto("node_unlocated")
      .values(unlocated.map(([network, count]) => ({ snapshot_id: id, network, count })))
      .execute();
  }
  const locatedBy = Object.entries(snapshot.locatedBy ?? {}).filter(([, n]) => n > 0);
  if (locatedBy.length > 0) {
    await db
      .insertInto("node_located_by")
      .values(locatedBy.map(([by, count]) => ({ snapshot_id: id, located_by: by, count })))
      .execute();
  }
  for (const batch of chunks(snapshot.countries)) {
    await db
      .insertInto("node_country_counts")
      .values(batch.map(([country, count]) => ({ snapshot_id: id, country, count })))
      .execute();
  }
  for (const batch of chunks(snapshot.locations)) {
    await db
      .insertInto("node_locations")
      .values(
        batch.map(([lat, lon, country, count]) => ({ snapshot_id: id, lat, lon, country, count })),
      )
      .execute();
  }
  return true;
}

/**
 * Sources whose snapshots are curated samples (Bitcoin Core's fixed seeds: capped per network and
 * per AS), not a census: never a month's node snapshot, never a country's node count, never in
 * node-count alerts. Served apart, as the month's sample.
 */
const SAMPLE_NODE_SOURCES: readonly string[] = ["fixed-seeds"];

/** Sources that see only one node's corner of the network (its address manager and peers). */
const SINGLE_NODE_SOURCES = new Set(["bitcoind"]);
/**
 * How recent a network-wide snapshot must be to win over one node's view: a month. Not the
 * node window (lib/core/node-window.ts: whether a snapshot may speak for a month at
 * all): this only picks between sources, before that window is applied.
 */
const WIDE_SNAPSHOT_PREFERRED_WITHIN_MS = 31 * 24 * 3_600_000;

/**
 * The newest network-wide snapshot (Bitnodes, our crawler) if it is less than a month older than
 * the month's end — or than now, for the current month — else the newest of any source: one
 * node's view is shown only when no recent network-wide snapshot exists.
 */
function chooseSnapshot<T extends { taken_at: string }>(
  wide: T | undefined,
  any: T | undefined,
  beforeIso: string,
  now: Date,
): T | undefined {
  const reference = Math.min(Date.parse(beforeIso), now.getTime());
  if (wide && reference - Date.parse(wide.taken_at) <= WIDE_SNAPSHOT_PREFERRED_WITHIN_MS)
    return wide;
  return any;
}

export interface NodeSnapshotSummary {
  id: string;
  sourceId: string;
  takenAt: string;
  total: number;
  unlocated: number;
  unlocatedByNetwork: Record<string, number>;
  latestHeight: number | null;
  countries: { country: string; count: number }[];
}

/** The newest snapshot taken strictly before `beforeIso` (a month's exclusive end), or null. */
export async function getNodeSnapshotBefore(
  db: Db,
  beforeIso: string,
  now = new Date(),
): Promise<NodeSnapshotSummary | null> {
  const newest = (onlyNetworkWide: boolean) => {
    let query = db
      .selectFrom("node_snapshots")
      .selectAll()
      .where("taken_at", "<", beforeIso)
      .where("source_id", "not in", SAMPLE_NODE_SOURCES);
    if (onlyNetworkWide) query = query.where("source_id", "not in", [...SINGLE_NODE_SOURCES]);
    return query.orderBy("taken_at", "desc").orderBy("source_id").executeTakeFirst();
  };
  const snap = chooseSnapshot(await newest(true), await newest(false), beforeIso, now);
  return snap ? summarise(db, snap) : null;
}

/** The newest curated sample (SAMPLE_NODE_SOURCES) taken strictly before `beforeIso`, or null. */
export async function getSampleSnapshotBefore(
  db: Db,
  beforeIso: string,
): Promise<NodeSnapshotSummary | null> {
  const snap = await db
    .selectFrom("node_snapshots")
    .selectAll()
    .where("taken_at", "<", beforeIso)
    .where("source_id", "in", SAMPLE_NODE_SOURCES)
    .orderBy("taken_at", "desc")
    .orderBy("source_id")
    .executeTakeFirst();
  return snap ? summarise(db, snap) : null;
}

async function summarise(
  db: Db,
  snap: {
    id: string;
    source_id: string;
    taken_at: string;
    total: number;
    unlocated: number;
    latest_height: number | null;
  },
): Promise<NodeSnapshotSummary> {
  const [countries, unlocated] = await Promise.all([
    db
      .selectFrom("node_country_counts")
      .select(["country", "count"])
      .where("snapshot_id", "=", snap.id)
      .orderBy("count", "desc")
      .orderBy("country")
      .execute(),
    db
      .selectFrom("node_unlocated")
      .select(["network", "count"])
      .where("snapshot_id", "=", snap.id)
      .execute(),
  ]);
  return {
    id: snap.id,
    sourceId: snap.source_id,
    takenAt: snap.taken_at,
    total: snap.total,
    unlocated: snap.unlocated,
    unlocatedByNetwork: Object.fromEntries(unlocated.map((u) => [u.network, u.count])),
    latestHeight: snap.latest_height,
    countries,
  };
}

/**
 * A snapshot's located nodes as flat `[lat, lon, count]` triples (one per rounded location and
 * country), in a stable order so the same snapshot always serialises to the same bytes.
 */
export async function getNodeLocations(
  db: Db,
  snapshotId: string,
): Promise<[number, number, number][]> {
  const rows = await db
    .selectFrom("node_locations")
    .select(["lat", "lon", "count"])
    .where("snapshot_id", "=", snapshotId)
    .orderBy("lat")
    .orderBy("lon")
    .orderBy("country")
    .execute();
  return rows.map((r) => [r.lat, r.lon, r.count]);
}

/** A country's reachable-node count in every stored snapshot, oldest first (0 when absent from one). */
export async function getNodeCountHistory(
  db: Db,
  country: string,
): Promise<{ takenAt: string; sourceId: string; count: number; total: number }[]> {
  const rows = await db
    .selectFrom("node_snapshots")
    .leftJoin("node_country_counts", (join) =>
      join
        .onRef("node_country_counts.snapshot_id", "=", "node_snapshots.id")
        .on("node_country_counts.country", "=", country),
    )
    .select([
      "node_snapshots.taken_at as takenAt",
      "node_snapshots.source_id as sourceId",
      "node_snapshots.total as total",
      "node_country_counts.count as count",
    ])
    .where("node_snapshots.source_id", "not in", SAMPLE_NODE_SOURCES)
    .orderBy("node_snapshots.taken_at")
    .execute();
  return rows.map((r) => ({ ...r, count: r.count ?? 0 }));
}

/** Per-country counts of the newest `limit` snapshots (all sources), oldest first. */
export async function listSnapshotCountryCounts(
  db: Db,
  limit = 60,
): Promise<{ id: string; sourceId: string; takenAt: string; countries: Record<string, number> }[]> {
  const snaps = await db
    .selectFrom("node_snapshots")
    .select(["id", "source_id", "taken_at"])
    .where("source_id", "not in", SAMPLE_NODE_SOURCES)
    .orderBy("taken_at", "desc")
    .limit(limit)
    .execute();
  if (snaps.length === 0) return [];
  const counts = await db
    .selectFrom("node_country_counts")
    .select(["snapshot_id", "country", "count"])
    .where(
      "snapshot_id",
      "in",
      snaps.map((s) => s.id),
    )
    .execute();
  return snaps.reverse().map((s) => ({
    id: s.id,
    sourceId: s.source_id,
    takenAt: s.taken_at,
    countries: Object.fromEntries(
      counts.filter((c) => c.snapshot_id === s.id).map((c) => [c.country, c.count]),
    ),
  }));
}
