import { countryName } from "../geo/countries";
import { getNodeLocations, getNodeSnapshotBefore } from "../store/nodes";
import type { Db } from "../store/schema";
import { listSources } from "../store/sources";
import { monthEndExclusive } from "./month";
import { type SourceRef, toSourceRef } from "./source-ref";

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
}

/** Node counts from the nearest snapshot taken at or before the month's end; null when none exists yet. */
export async function getNodesView(db: Db, month: string): Promise<NodesView> {
  const snap = await getNodeSnapshotBefore(db, monthEndExclusive(month));
  if (!snap) return { month, snapshot: null, countries: [] };
  const source = (await listSources(db)).find((s) => s.id === snap.sourceId);
  if (!source) throw new Error(`Snapshot references unknown source ${snap.sourceId}`);
  return {
    month,
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
  const snap = await getNodeSnapshotBefore(db, monthEndExclusive(month));
  const view = await getNodesView(db, month);
  return { ...view, locations: snap ? await getNodeLocations(db, snap.id) : [] };
}
