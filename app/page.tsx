import type { Metadata } from "next";
import { headers } from "next/headers";
import { Atlas } from "@/components/atlas/Atlas";
import { KEYS } from "@/components/hooks/fetcher";
import { getGlobalSouthSeries } from "@/lib/analytics/global-south";
import { addMonths, formatMonth } from "@/lib/analytics/month";
import { getNodesView } from "@/lib/analytics/nodes-view";
import { getPoolsView } from "@/lib/analytics/pools-view";
import { getMonthIndex, getShareView } from "@/lib/analytics/shares-view";
import { env } from "@/lib/env";
import { getDefinition, loadDefinitions } from "@/lib/geo/definitions";
import { getStore } from "@/lib/store/instance";
import type { Db } from "@/lib/store/schema";
import { DEFAULT_DEFINITION, parseViewState, type Timeline } from "./search-params";

export const dynamic = "force-dynamic";

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

/** The same JSON the API would return, keyed like the browser's SWR hooks (first paint needs no fetch). */
async function prefill(db: Db, month: string, definitionId: string, compare: string | null) {
  const definition = getDefinition(definitionId);
  const shareMonths = [month, addMonths(month, -1), ...(compare ? [compare] : [])];
  const [index, shares, series, nodes, pools] = await Promise.all([
    getMonthIndex(db),
    Promise.all(shareMonths.map((m) => getShareView(db, m))),
    getGlobalSouthSeries(db, definition),
    getNodesView(db, month),
    getPoolsView(db, month),
  ]);
  const fallback: Record<string, unknown> = {
    [KEYS.months()]: index,
    [KEYS.globalSouth(definitionId)]: {
      definition: {
        id: definition.id,
        name: definition.name,
        source: definition.sourceUrl,
        definedBy: definition.definedBy,
      },
      series,
    },
    [KEYS.nodes(month)]: nodes,
    [KEYS.pools(month)]: pools,
  };
  shareMonths.forEach((m, i) => {
    fallback[KEYS.shares(m)] = shares[i] ?? null;
  });
  return fallback;
}

/**
 * The social preview of a deep link: the card for its month and definition (/api/og), at an
 * absolute URL as link unfurlers require (ATLAS_PUBLIC_URL, else the request's own host).
 */
export async function generateMetadata({ searchParams }: Props): Promise<Metadata> {
  const { state } = parseViewState(await searchParams, { first: "2009-01", last: "2999-12" });
  const query = new URLSearchParams();
  if (state.month) query.set("m", state.month);
  if (state.definition !== DEFAULT_DEFINITION) query.set("gs", state.definition);
  const host = (await headers()).get("host");
  const origin = env().ATLAS_PUBLIC_URL ?? (host ? `http://${host}` : "http://localhost");
  const image = new URL(`/api/og${query.size > 0 ? `?${query}` : ""}`, origin).toString();
  const title = `Hashrate Atlas${state.month ? ` — ${formatMonth(state.month)}` : ""}`;
  return {
    title,
    openGraph: { title, images: [{ url: image, width: 1200, height: 630 }] },
    twitter: { card: "summary_large_image", title, images: [image] },
  };
}

export default async function HomePage({ searchParams }: Props) {
  const { db } = await getStore();
  const index = await getMonthIndex(db);
  const first = index.months[0];
  if (!first || !index.latest)
    return (
      <main className="page">
        <p className="gap">No country data has been loaded yet.</p>
      </main>
    );
  const now = new Date().toISOString().slice(0, 7);
  // Months are YYYY-MM strings: the later of the two sorts last.
  const timeline: Timeline = { first, last: [now, index.latest].sort()[1] ?? now };
  const { state, notices } = parseViewState(await searchParams, timeline);
  const month = state.month ?? index.latest;
  const fallback = await prefill(db, month, state.definition, state.compare);
  return (
    <main>
      <Atlas
        initial={state}
        notices={notices}
        timeline={timeline}
        fallback={fallback}
        definitions={loadDefinitions()}
        tileUrl={env().NEXT_PUBLIC_TILE_URL ?? null}
      />
    </main>
  );
}
