import { formatCount, formatDate } from "@/lib/analytics/format";
import type { CountryHistoryResponse } from "@/lib/api/schemas";

/**
 * A country no source names in any month: says so, instead of an empty chart, and points to the
 * evidence there is — its reachable nodes, pool servers located there, and the methods page on
 * what other evidence (known sites, utilities' figures) can and cannot say.
 */
export function NoShareEvidence({ history }: { history: CountryHistoryResponse }) {
  const latest = history.nodes.at(-1);
  const source = new Map(history.sources.map((s) => [s.id, s.name]));
  const servers = history.servers.length;
  return (
    <div className="no-share">
      <p className="gap">
        No source names {history.name}'s share of hashrate in any month: it is not zero, it is not
        known.
      </p>
      <p>The evidence there is:</p>
      <ul>
        <li>
          {latest
            ? `${formatCount(latest.count)} of ${formatCount(latest.total)} reachable nodes (${source.get(latest.source) ?? latest.source}, ${formatDate(latest.takenAt)})`
            : "no node snapshot lists a reachable node here"}
        </li>
        <li>
          {servers > 0
            ? `${servers} pool server${servers === 1 ? "" : "s"} located here (infrastructure, not miners)`
            : "no pool server is known to be located here"}
        </li>
      </ul>
      <p className="small">
        What nodes, pool servers, known sites and utilities' figures can and cannot say:{" "}
        <a href="/methods#other-evidence">methods</a>.
      </p>
    </div>
  );
}
