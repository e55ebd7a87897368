import { formatCount, formatDate } from "@/lib/analytics/format";
import { NO_NODE_SNAPSHOT } from "@/lib/analytics/node-rule";
import type { NodesView } from "@/lib/queries/nodes-view";
import { NodeEvidence } from "./NodeEvidence";

/** Reachable nodes from a snapshot within the node window (lib/core/node-window.ts) — or an explicit gap. */
export function NodeSummary({ view }: { view: NodesView }) {
  if (!view.snapshot) {
    return (
      <section aria-labelledby="nodes-heading">
        <h2 id="nodes-heading">Reachable nodes</h2>
        <p className="gap">
          {view.olderSnapshot
            ? `Nodes: ${NO_NODE_SNAPSHOT}. The newest earlier one, ${view.olderSnapshot.source.name} of ${formatDate(view.olderSnapshot.timestamp)}, is too old to stand for it.`
            : "No node snapshot exists at or before this month."}
        </p>
        <NodeEvidence nodes={view} month={view.month} />
      </section>
    );
  }
  const s = view.snapshot;
  const located = s.total - s.unlocated;
  return (
    <section aria-labelledby="nodes-heading">
      <h2 id="nodes-heading">Reachable nodes</h2>
      <p>
        {formatCount(s.total)} nodes in the {s.source.name} snapshot of {formatDate(s.timestamp)}:{" "}
        {formatCount(located)} located in {view.countries.length} countries,{" "}
        {formatCount(s.unlocated)} unlocated (
        {Object.entries(s.unlocatedByNetwork)
          .map(([network, n]) => `${network === "tor" ? "Tor" : network} ${formatCount(n)}`)
          .join(", ")}
        ).
      </p>
      <ol className="top-nodes">
        {view.countries.slice(0, 10).map((c) => (
          <li key={c.country}>
            {c.name} <span className="num">{formatCount(c.count)}</span>
          </li>
        ))}
      </ol>
    </section>
  );
}
