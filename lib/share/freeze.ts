import { type Assumptions, DEFAULT_ASSUMPTIONS } from "../core/assumptions";
import { canonicalJson, contentId } from "../core/canonical";
import { getDefinition } from "../geo/definitions";
import { getGlobalSouthSeries } from "../queries/global-south-view";
import { getNodesView } from "../queries/nodes-view";
import { getPoolsView } from "../queries/pools-view";
import { getMonthIndex, getShareView } from "../queries/shares-view";
import { getSitesView } from "../queries/sites-view";
import type { Db } from "../store/schema";
import { listSources } from "../store/sources";
import { freezeEstimate } from "./freeze-estimate";

/** The view a snapshot freezes; keys are the URL's query parameter names. */
export interface SnapshotView {
  m?: string | undefined;
  gs?: string | undefined;
  /** The rest of the view (layers, compare month, country, map view) as the URL's query string. */
  query?: string | undefined;
  /** The evidence model's assumptions (also in `query`); defaults when absent. */
  assumptions?: Assumptions | undefined;
  /** The view showed the estimate although a measured or reported source covers the month. */
  preferEstimate?: boolean | undefined;
}

/**
 * Collects everything the view shows — the month's shares (or, on a month no measured or
 * reported source covers, or with the estimate switched on, the estimate from evidence with its
 * assumptions), the Global South series for the
 * definition, node and pool aggregates, and each source's provenance — as plain data. Fetch
 * times are left out on purpose: re-fetching identical data must not change the snapshot id.
 */
export async function freezeView(db: Db, view: SnapshotView) {
  const month = view.m ?? (await getMonthIndex(db)).latest;
  if (!month) return null;
  const definition = getDefinition(view.gs ?? "unctad");
  const shares = await getShareView(db, month);
  const estimate =
    shares === null || view.preferEstimate
      ? await freezeEstimate(db, month, view.assumptions ?? DEFAULT_ASSUMPTIONS, definition)
      : null;
  if (!shares && !estimate) return null;
  const [globalSouth, nodes, pools, sites, sources] = await Promise.all([
    getGlobalSouthSeries(db, definition),
    getNodesView(db, month),
    getPoolsView(db, month),
    getSitesView(db, month),
    listSources(db),
  ]);
  const used = new Set(
    [
      shares?.source.id,
      estimate ? "network-hashrate" : undefined,
      estimate ? "fleet-efficiency" : undefined,
      nodes.snapshot?.source.id,
      pools.period?.source,
      sites.sites.length > 0 ? sites.source?.id : undefined,
      ...globalSouth.map((p) => p.source),
    ].filter((id): id is string => Boolean(id)),
  );
  const nodesSnapshot = nodes.snapshot && {
    ...nodes.snapshot,
    source: { ...nodes.snapshot.source, fetchedAt: null },
  };
  return {
    version: 2 as const,
    view: { m: month, gs: definition.id, query: view.query ?? "" },
    month,
    definition: {
      id: definition.id,
      name: definition.name,
      shortName: definition.shortName,
      definedBy: definition.definedBy,
      source: definition.sourceUrl,
      vintage: definition.vintage,
      members: definition.members,
    },
    shares: shares && { ...shares, source: { ...shares.source, fetchedAt: null } },
    // Only on months that showed the estimate: a snapshot without one keeps its old id.
    ...(estimate ? { estimate } : {}),
    globalSouth,
    nodes: { ...nodes, snapshot: nodesSnapshot },
    // Server locations are re-resolved at every ingest; their resolve time is not data.
    pools: { ...pools, servers: pools.servers.map(({ resolvedAt: _r, ...server }) => server) },
    // Known sites as of the month (the newest month's undated facts only when it is the newest).
    sites: { sites: sites.sites, byCountry: sites.byCountry, what: sites.what },
    sources: sources
      .filter((s) => used.has(s.id))
      .map((s) => ({
        id: s.id,
        name: s.name,
        licence: s.licence,
        attribution: s.attribution,
        url: s.url,
        dataAsOf: s.data_as_of,
      })),
    dataAsOf:
      sources
        .map((s) => s.data_as_of)
        .filter((d): d is string => d !== null)
        .sort()
        .at(-1) ?? null,
  };
}

export type FrozenView = NonNullable<Awaited<ReturnType<typeof freezeView>>>;

export function snapshotIdOf(frozen: FrozenView): { id: string; data: string } {
  return { id: contentId(frozen), data: canonicalJson(frozen) };
}
