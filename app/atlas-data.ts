import type { AtlasProps } from "@/components/atlas/atlas-props";
import { KEYS } from "@/components/hooks/fetcher";
import { estimableMonths } from "@/lib/analytics/estimate/model";
import { summarySentence } from "@/lib/analytics/view-shape";
import { getStore } from "@/lib/bootstrap/instance";
import { addMonths, currentMonth } from "@/lib/core/month";
import { env } from "@/lib/env";
import { getDefinition, loadDefinitions } from "@/lib/geo/definitions";
import { getConcentrationView } from "@/lib/queries/concentration-view";
import { getNetworkMonths } from "@/lib/queries/estimate-inputs";
import { getGlobalSouthView } from "@/lib/queries/global-south-view";
import { getNodesView } from "@/lib/queries/nodes-view";
import { getPoolsView } from "@/lib/queries/pools-view";
import { getMonthIndex, getShareView } from "@/lib/queries/shares-view";
import type { Db } from "@/lib/store/schema";
import { parseViewState } from "@/lib/url-state/parse";
import type { RawParams, Timeline } from "@/lib/url-state/view-state";

/** The same JSON the API would return, keyed like the browser's SWR hooks (first paint needs no fetch). */
async function prefill(db: Db, month: string, definitionId: string, compare: string | null) {
  const definition = getDefinition(definitionId);
  const shareMonths = [month, addMonths(month, -1), ...(compare ? [compare] : [])];
  const [index, shares, globalSouth, nodes, pools, concentration] = await Promise.all([
    getMonthIndex(db),
    Promise.all(shareMonths.map((m) => getShareView(db, m))),
    getGlobalSouthView(db, definition),
    getNodesView(db, month),
    getPoolsView(db, month),
    getConcentrationView(db),
  ]);
  const fallback: Record<string, unknown> = {
    [KEYS.months()]: index,
    [KEYS.globalSouth(definitionId)]: globalSouth,
    [KEYS.nodes(month)]: nodes,
    [KEYS.pools(month)]: pools,
    [KEYS.concentration()]: concentration,
  };
  shareMonths.forEach((m, i) => {
    fallback[KEYS.shares(m)] = shares[i] ?? null;
  });
  return fallback;
}

/** The slider's span: the first month with data up to this month (or the newest data, if later). */
function viewTimeline(first: string, latest: string): Timeline {
  const now = currentMonth();
  // Months are YYYY-MM strings: the later of the two sorts last.
  return { first, last: [now, latest].sort()[1] ?? now };
}

/**
 * The shared link's description (og:description, meta description): the headline sentence of the
 * view's own month and definition, computed from the same series the page shows.
 */
export async function viewDescription(raw: RawParams): Promise<string | null> {
  const { db } = await getStore();
  const index = await getMonthIndex(db);
  const first = index.months[0];
  if (!first || !index.latest) return null;
  const { state } = parseViewState(raw, viewTimeline(first, index.latest));
  const definition = getDefinition(state.definition);
  const gs = await getGlobalSouthView(db, definition);
  const name = (id: string) => gs.sources.find((s) => s.id === id)?.name ?? id;
  return summarySentence(gs.series, state.month ?? index.latest, definition.shortName, name);
}

/** Everything the map page (and its embeddable variant) needs, from the URL; null before any data. */
export async function atlasProps(raw: RawParams): Promise<AtlasProps | null> {
  const { db } = await getStore();
  const index = await getMonthIndex(db);
  const first = index.months[0];
  if (!first || !index.latest) return null;
  const timeline = viewTimeline(first, index.latest);
  const { state, notices } = parseViewState(raw, { ...timeline, latest: index.latest });
  const month = state.month ?? index.latest;
  return {
    initial: state,
    notices,
    timeline,
    fallback: await prefill(db, month, state.definition, state.compare),
    definitions: loadDefinitions(),
    tileUrl: env().NEXT_PUBLIC_TILE_URL ?? null,
    estimableMonths: estimableMonths(await getNetworkMonths(db)),
  };
}
