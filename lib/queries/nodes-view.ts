import { type SourceRef, toSourceRef } from "../analytics/source-ref";
import { monthEndExclusive } from "../core/month";
import { speaksForMonth } from "../core/node-window";
import { DSN_SCOPE, FIXED_SEEDS_LABEL } from "../evidence/node-samples";
import { countryName } from "../geo/countries";
import type { NodeLocationsResponse, NodesResponse } from "../responses/schemas";
import { getCountryMonth } from "../store/node-country-months";
import {
  getNodeLocations,
  getNodeSnapshotBefore,
  getSampleSnapshotBefore,
  type NodeSnapshotSummary,
} from "../store/nodes";
import type { Db } from "../store/schema";
import { listSources } from "../store/sources";

/** The response shape, declared once (lib/responses/schemas.ts). */
export type NodesView = NodesResponse;

const recent = (end: string, snap: NodeSnapshotSummary | null) =>
  snap !== null && speaksForMonth(end, snap.takenAt);

/** The snapshot and sample for a month: the newest taken before its end, if within the allowance. */
async function snapshotForMonth(db: Db, month: string) {
  const end = monthEndExclusive(month);
  const [snap, sample] = await Promise.all([
    getNodeSnapshotBefore(db, end),
    getSampleSnapshotBefore(db, end),
  ]);
  const ok = recent(end, snap);
  return {
    snap: ok ? snap : null,
    older: ok ? null : snap,
    sample: recent(end, sample) ? sample : null,
  };
}

/**
 * Node counts from the newest snapshot taken within NODE_SNAPSHOT_MAX_AGE_DAYS before the month's end; null when
 * there is none (an older one is named in `olderSnapshot`, never shown as the month's nodes).
 * Beside it, the month's curated sample and a monitor's per-country counts, each as what it is.
 */
export async function getNodesView(db: Db, month: string): Promise<NodesView> {
  return nodesView(db, month, await snapshotForMonth(db, month));
}

function sourceRef(sources: Awaited<ReturnType<typeof listSources>>, id: string): SourceRef {
  const source = sources.find((s) => s.id === id);
  if (!source) throw new Error(`Node data references unknown source ${id}`);
  return toSourceRef(source);
}

async function nodesView(
  db: Db,
  month: string,
  { snap, older, sample }: Awaited<ReturnType<typeof snapshotForMonth>>,
): Promise<NodesView> {
  const sources = await listSources(db);
  const counts = await getCountryMonth(db, month);
  const beside = {
    sample: sample
      ? {
          timestamp: sample.takenAt,
          label: FIXED_SEEDS_LABEL,
          total: sample.total,
          located: sample.total - sample.unlocated,
          unlocatedByNetwork: sample.unlocatedByNetwork,
          source: sourceRef(sources, sample.sourceId),
        }
      : null,
    countryCounts: counts
      ? {
          scope: DSN_SCOPE,
          firstSample: counts.firstSample,
          lastSample: counts.lastSample,
          samples: counts.samples,
          partial: counts.partial,
          source: sourceRef(sources, counts.sourceId),
          countries: counts.countries.map((c) => ({ ...c, name: countryName(c.country) })),
        }
      : null,
  };
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
      ...beside,
    };
  }
  return {
    month,
    olderSnapshot: null,
    snapshot: {
      timestamp: snap.takenAt,
      total: snap.total,
      unlocated: snap.unlocated,
      unlocatedByNetwork: snap.unlocatedByNetwork,
      latestHeight: snap.latestHeight,
      source: sourceRef(sources, snap.sourceId),
    },
    countries: snap.countries.map((c) => ({ ...c, name: countryName(c.country) })),
    ...beside,
  };
}

/** The response shape, declared once (lib/responses/schemas.ts). */
type NodeLocationsView = NodeLocationsResponse;

/** The month's node view plus every located point of its snapshot (else sample), for the map. */
export async function getNodeLocationsView(db: Db, month: string): Promise<NodeLocationsView> {
  const choice = await snapshotForMonth(db, month);
  const view = await nodesView(db, month, choice);
  const drawn = choice.snap ?? choice.sample;
  return {
    ...view,
    locations: drawn ? await getNodeLocations(db, drawn.id) : [],
    locationsOf: choice.snap ? "snapshot" : choice.sample ? "sample" : null,
  };
}
