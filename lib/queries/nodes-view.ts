import { type SourceRef, toSourceRef } from "../analytics/source-ref";
import { monthEndExclusive } from "../core/month";
import { countryName } from "../geo/countries";
import { getNodeLocations, getNodeSnapshotBefore } from "../store/nodes";
import type { Db } from "../store/schema";
import { listSources } from "../store/sources";

export interface NodesView {
  month: string;
  snapshot: {
    timestamp: string;
    total: number;
    unlocated: number;
    unlocatedByNetwork: Record<string, number>;
    latestHeight: number | null;
    source: SourceRef;
  } | null;
  countries: { country: string; name: string; count: number }[];
  /**
   * When `snapshot` is null because the newest snapshot before the month's end is older than
   * NODE_SNAPSHOT_MAX_AGE_DAYS: that snapshot's date and source, named but not shown as the month's.
   */
  olderSnapshot: { timestamp: string; source: { id: string; name: string } } | null;
}

/** A node snapshot speaks for a month only if taken within this many days before its end. */
export const NODE_SNAPSHOT_MAX_AGE_DAYS = 92;
const MAX_AGE_MS = NODE_SNAPSHOT_MAX_AGE_DAYS * 86_400_000;

/** The snapshot for a month: the newest taken before its end, if no older than the allowance. */
async function snapshotForMonth(db: Db, month: string) {
  const end = monthEndExclusive(month);
  const snap = await getNodeSnapshotBefore(db, end);
  const recent = snap !== null && Date.parse(end) - Date.parse(snap.takenAt) <= MAX_AGE_MS;
  return { snap: recent ? snap : null, older: recent ? null : snap };
}

/**
 * Node counts from the newest snapshot taken within 92 days before the month's end; null when
 * there is none (an older one is named in `olderSnapshot`, never shown as the month's nodes).
 */
export async function getNodesView(db: Db, month: string): Promise<NodesView> {
  return nodesView(db, month, await snapshotForMonth(db, month));
}

async function nodesView(
  db: Db,
  month: string,
  { snap, older }: Awaited<ReturnType<typeof snapshotForMonth>>,
): Promise<NodesView> {
  const sources = await listSources(db);
  if (!snap) {
    const source = older ? sources.find((s) => s.id === older.sourceId) : undefined;
    return {
      month,
      snapshot: null,
      countries: [],
      olderSnapshot: older
        ? {
            timestamp: older.takenAt,
            source: { id: older.sourceId, name: source?.name ?? older.sourceId },
          }
        : null,
    };
  }
  const source = sources.find((s) => s.id === snap.sourceId);
  if (!source) throw new Error(`Snapshot references unknown source ${snap.sourceId}`);
  return {
    month,
    olderSnapshot: null,
    snapshot: {
      timestamp: snap.takenAt,
      total: snap.total,
      unlocated: snap.unlocated,
      unlocatedByNetwork: snap.unlocatedByNetwork,
      latestHeight: snap.latestHeight,
      source: toSourceRef(source),
    },
    countries: snap.countries.map((c) => ({ ...c, name: countryName(c.country) })),
  };
}

export interface NodeLocationsView extends NodesView {
  /** `[lat, lon, count]` per rounded location; empty when there is no snapshot. */
  locations: [number, number, number][];
}

/** The month's node view plus every located point of its snapshot, for the map layer. */
export async function getNodeLocationsView(db: Db, month: string): Promise<NodeLocationsView> {
  const choice = await snapshotForMonth(db, month);
  const { snap } = choice;
  const view = await nodesView(db, month, choice);
  return { ...view, locations: snap ? await getNodeLocations(db, snap.id) : [] };
}
