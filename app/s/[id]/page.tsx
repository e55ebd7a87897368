import { notFound } from "next/navigation";
import { FrozenEstimateView } from "@/components/panel/FrozenEstimate";
import { GlobalSouthStat } from "@/components/panel/GlobalSouthStat";
import { NodeSummary } from "@/components/panel/NodeSummary";
import { ShareTable } from "@/components/panel/ShareTable";
import { SitesTable } from "@/components/panel/SitesTable";
import { SourceNote } from "@/components/panel/SourceNote";
import { formatDate } from "@/lib/analytics/format";
import { getStore } from "@/lib/bootstrap/instance";
import { formatMonth } from "@/lib/core/month";
import { snapshotIdSchema } from "@/lib/share/snapshot-request";
import { loadSnapshot } from "@/lib/share/snapshots";
import { PARAM } from "@/lib/url-state/keys";
import { parseViewState } from "@/lib/url-state/parse";
import { serializeViewState } from "@/lib/url-state/serialize";
import { DEFAULT_STATE } from "@/lib/url-state/view-state";

export const dynamic = "force-dynamic";

type Props = {
  params: Promise<{ id: string }>;
  searchParams?: Promise<Record<string, string | string[] | undefined>>;
};

/** `query` with the map position of the snapshot link's own URL (checked by the view parser). */
function withPosition(query: string, given: Record<string, string | string[] | undefined>) {
  const { state } = parseViewState(
    {
      [PARAM.lat]: given[PARAM.lat],
      [PARAM.lon]: given[PARAM.lon],
      [PARAM.zoom]: given[PARAM.zoom],
    },
    null,
  );
  const params = new URLSearchParams(query);
  for (const [key, value] of new URLSearchParams(
    serializeViewState({ ...DEFAULT_STATE, view: state.view }),
  ))
    params.set(key, value);
  const text = params.toString().replaceAll("%2C", ",");
  return `/${text ? `?${text}` : ""}`;
}

async function load(id: string) {
  if (!snapshotIdSchema.safeParse(id).success) notFound();
  const snapshot = await loadSnapshot((await getStore()).db, id);
  if (!snapshot) notFound();
  return snapshot;
}

export async function generateMetadata({ params }: Props) {
  const { data } = await load((await params).id);
  return { title: `${formatMonth(data.month)} snapshot — Hashrate Atlas` };
}

/** A frozen view: the numbers as they were when the snapshot was taken, whatever came later. */
export default async function SnapshotPage({ params, searchParams }: Props) {
  const { id } = await params;
  const { data, createdAt } = await load(id);
  const point = data.globalSouth.find((p) => p.month === data.month);
  // The view as it was shared (layers, compare month, country), at the live data, with the map
  // position this link carries: the position is not part of the snapshot's data or id.
  const live = withPosition(data.view.query || `?m=${data.view.m}`, (await searchParams) ?? {});
  return (
    <main className="page">
      <header className="masthead">
        <h1>Hashrate Atlas — {formatMonth(data.month)}</h1>
        <p role="note" className="snapshot-banner">
          Snapshot of data as of {data.dataAsOf ? formatDate(data.dataAsOf) : "unknown"}, taken{" "}
          {formatDate(createdAt)}. These numbers will not change.{" "}
          <a href={live}>See the live view</a> ·{" "}
          <a href={`/api/v1/snapshots/${id}?format=csv`}>CSV</a> ·{" "}
          <a href={`/api/v1/snapshots/${id}`}>JSON</a>
        </p>
      </header>
      {data.estimate ? (
        <FrozenEstimateView
          month={data.month}
          estimate={data.estimate}
          definition={data.definition}
        />
      ) : point ? (
        <GlobalSouthStat point={point} definition={data.definition} />
      ) : null}
      {data.shares ? (
        <>
          <ShareTable view={data.shares} members={new Set(data.definition.members)} />
          <SourceNote source={data.shares.source} method={data.shares.method} />
        </>
      ) : null}
      <NodeSummary view={data.nodes} />
      {data.sites ? (
        <section aria-labelledby="sites-heading">
          <h2 id="sites-heading">Known mining sites</h2>
          <SitesTable month={data.month} sites={data.sites.sites} />
        </section>
      ) : null}
    </main>
  );
}
