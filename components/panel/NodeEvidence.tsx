import { formatCount, formatDate } from "@/lib/analytics/format";
import { formatMonth } from "@/lib/core/month";
import type { NodesResponse } from "@/lib/responses/schemas";
import { sentence } from "./sentence";

/**
 * The month's node evidence besides a census snapshot, each labelled as what it is: a monitor's
 * per-country counts (KIT DSN: one vantage point, registry country, top ten) and a curated
 * sample (Bitcoin Core's fixed seeds: totals only — its spread per country is the list's caps,
 * never a country's node count). A month with neither says so.
 */
export function NodeEvidence({ nodes, month }: { nodes: NodesResponse | null; month: string }) {
  const counts = nodes?.countryCounts ?? null;
  const sample = nodes?.sample ?? null;
  return (
    <section aria-labelledby="node-evidence-heading" className="node-evidence">
      <h2 id="node-evidence-heading">Nodes by country</h2>
      {counts ? (
        <table className="conc-table">
          <caption className="small">
            {formatMonth(month)}: {counts.scope}. Monthly median of {formatCount(counts.samples)}{" "}
            samples
            {counts.partial ? ` (${counts.partial})` : ""}; min–max shows restarts. Countries
            outside the monitor's top 10 are not named, not zero.{" "}
            <a href={counts.source.url}>{counts.source.name}</a>, {sentence(counts.source.licence)}
          </caption>
          <thead>
            <tr>
              <th scope="col">Country (registry)</th>
              <th scope="col">Peers (median)</th>
              <th scope="col">Min–max</th>
            </tr>
          </thead>
          <tbody>
            {counts.countries.map((c) => (
              <tr key={c.country}>
                <th scope="row">{c.name}</th>
                <td>{formatCount(Math.round(c.median))}</td>
                <td>
                  {formatCount(c.min)}–{formatCount(c.max)}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      ) : (
        <p className="gap">
          {formatMonth(month)}: no per-country node counts (KIT DSN's monitor covers 2024-11 …
          2025-10 here).
        </p>
      )}
      {sample ? (
        <p className="small">
          On the map: a {sample.label} — <a href={sample.source.url}>{sample.source.name}</a> of{" "}
          {formatDate(sample.timestamp)}, {formatCount(sample.total)} entries,{" "}
          {formatCount(sample.located)} located. A sample capped per network and per AS: its counts
          are not any country's node count. {sentence(sample.source.licence)}
        </p>
      ) : null}
    </section>
  );
}
