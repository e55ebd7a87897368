import { GlobalSouthStat } from "@/components/panel/GlobalSouthStat";
import { NodeSummary } from "@/components/panel/NodeSummary";
import { ShareTable } from "@/components/panel/ShareTable";
import { SourceNote } from "@/components/panel/SourceNote";
import { ViewForm } from "@/components/panel/ViewForm";
import { getGlobalSouthSeries } from "@/lib/analytics/global-south";
import { getNodesView } from "@/lib/analytics/nodes-view";
import { getMonthIndex, getShareView } from "@/lib/analytics/shares-view";
import { getDefinition, loadDefinitions } from "@/lib/geo/definitions";
import { getStore } from "@/lib/store/instance";
import { parseViewState } from "./search-params";

export const dynamic = "force-dynamic";

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export default async function HomePage({ searchParams }: Props) {
  const { db } = await getStore();
  const index = await getMonthIndex(db);
  const { state, notices } = parseViewState(await searchParams, index.months);
  const month = state.month ?? index.latest;
  if (!month)
    return (
      <main className="page">
        <p className="gap">No country data has been loaded yet.</p>
      </main>
    );

  const definition = getDefinition(state.definition);
  const [view, series, nodes] = await Promise.all([
    getShareView(db, month),
    getGlobalSouthSeries(db, definition),
    getNodesView(db, month),
  ]);
  const point = series.find((p) => p.month === month);
  if (!view) throw new Error(`Month ${month} is listed but has no shares`);

  return (
    <main className="page">
      <header className="masthead">
        <h1>Hashrate Atlas</h1>
        <p>
          Where Bitcoin is mined and where its network runs — and how hashrate moved toward the
          Global South.
        </p>
      </header>
      {notices.length > 0 ? (
        <div role="alert" className="notice">
          {notices.map((n) => (
            <p key={n}>{n}</p>
          ))}
        </div>
      ) : null}
      <ViewForm
        months={index.series}
        month={month}
        definitions={loadDefinitions()}
        definition={definition.id}
      />
      {point ? (
        <GlobalSouthStat point={point} definition={definition} />
      ) : (
        <p className="gap">
          No Global South share for this month: only {Math.round(view.coverage * 1000) / 10}% of its
          hashrate is attributed to a country.
        </p>
      )}
      <ShareTable view={view} members={new Set(definition.members)} />
      <SourceNote source={view.source} method={view.method} />
      <NodeSummary view={nodes} />
    </main>
  );
}
