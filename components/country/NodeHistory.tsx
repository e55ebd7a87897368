import { formatCount, formatDate } from "@/lib/analytics/format";
import type { CountryHistoryResponse } from "@/lib/responses/schemas";

/** The country's reachable-node count in every stored snapshot. */
export function NodeHistory({ history }: { history: CountryHistoryResponse }) {
  const sourceName = new Map(history.sources.map((s) => [s.id, s.name]));
  return (
    <section aria-labelledby="nodes-heading">
      <h2 id="nodes-heading">Reachable nodes</h2>
      {history.nodes.length === 0 ? (
        <p className="gap">No node snapshot has been stored yet.</p>
      ) : (
        <ul>
          {history.nodes.map((n) => (
            <li key={`${n.source}${n.takenAt}`}>
              {formatDate(n.takenAt)}: {formatCount(n.count)} of {formatCount(n.total)} reachable
              nodes ({sourceName.get(n.source) ?? n.source})
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
