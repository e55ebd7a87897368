import { formatCount, formatDate } from "@/lib/analytics/format";
import type { CountryHistoryResponse } from "@/lib/responses/schemas";
import "./panel.css";

/**
 * A country no source names in any month: says so, instead of an empty chart, and points to the
 * evidence there is — its reachable nodes, pool servers located there, and the methods page on
 * what other evidence (known sites, utilities' figures) can and cannot say.
 */
const plural = (n: number, what: string) => `${n === 0 ? "no" : n} ${what}${n === 1 ? "" : "s"}`;

/** " (5 of low confidence)", " (all of low confidence)", or nothing when none is. */
export function lowConfidence(claims: readonly { confidence: string }[]): string {
  const low = claims.filter((c) => c.confidence === "low").length;
  if (low === 0) return "";
  return ` (${low === claims.length && low > 1 ? "all" : low} of low confidence)`;
}

export function NoShareEvidence({ history }: { history: CountryHistoryResponse }) {
  const latest = history.nodes.at(-1);
  const source = new Map(history.sources.map((s) => [s.id, s.name]));
  const servers = history.servers.length;
  return (
    <div className="no-share">
      <p className="gap">
        No measured or reported month gives {history.name} a share of hashrate: it is not zero, it
        is not known.
      </p>
      <p>The evidence there is:</p>
      <ul>
        <li>
          {latest
            ? `${formatCount(latest.count)} of ${formatCount(latest.total)} reachable nodes (${source.get(latest.source) ?? latest.source}, ${formatDate(latest.takenAt)})`
            : "no node snapshot lists a reachable node here"}
        </li>
        <li>
          {plural(history.evidence.claims.length, "published claim")}
          {lowConfidence(history.evidence.claims)}
        </li>
        <li>
          {plural(history.evidence.regulator.length, "figure")} from its utilities and regulators
        </li>
        <li>
          {plural(
            history.evidence.sites.now.length + history.evidence.sites.undated.length,
            "known mining site",
          )}{" "}
          in the sites file (a record of disclosure, not a share)
        </li>
        <li>
          {servers > 0
            ? `${servers} pool server${servers === 1 ? "" : "s"} located here (infrastructure, not miners)`
            : "no pool server is known to be located here"}
        </li>
      </ul>
      <p className="small">
        Published claims, utilities' figures and known sites are set out under{" "}
        <a href={`/country/${history.country}#evidence`}>its evidence</a>; what each can and cannot
        say: <a href="/methods#other-evidence">methods</a>.
      </p>
    </div>
  );
}
