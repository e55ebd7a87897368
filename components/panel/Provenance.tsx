import { formatCount, formatDate, formatPercent } from "@/lib/analytics/format";
import { NO_NODE_SNAPSHOT, NODE_RULE } from "@/lib/analytics/node-rule";
import type { NodesResponse, PoolsResponse, SharesResponse } from "@/lib/responses/schemas";
import { MethodBadge } from "../MethodBadge";
import { sentence } from "./sentence";
import "./panel.css";
import { SafeLink } from "@/components/SafeLink";

/**
 * Where every number on screen comes from: source, method, basis, coverage, licence and how
 * current it is — for the shares, the node snapshot and the pool data (or the gap).
 */
export function Provenance({
  shares,
  nodes,
  pools,
}: {
  shares: SharesResponse | null;
  nodes: NodesResponse | null;
  pools: PoolsResponse | null;
}) {
  const snap = nodes?.snapshot ?? null;
  return (
    <section className="provenance" aria-labelledby="prov-heading">
      <h2 id="prov-heading">Sources for this view</h2>
      <dl>
        <dt>Hashrate share</dt>
        {shares ? (
          <dd>
            From <SafeLink href={shares.source.url}>{shares.source.name}</SafeLink>, published by{" "}
            {shares.source.publisher}. Method: <MethodBadge method={shares.method} />. Basis:{" "}
            {shares.basis}. Countries are named for {formatPercent(shares.coverage)} of hashrate;
            the rest is unknown, not zero.
            {shares.source.dataAsOf
              ? ` The data runs up to ${formatDate(shares.source.dataAsOf)}.`
              : ""}{" "}
            Licence: {sentence(shares.source.licence)} Attribution:{" "}
            {sentence(shares.source.attribution)}
          </dd>
        ) : (
          <dd className="gap">No source covers this month.</dd>
        )}
        <dt>Nodes</dt>
        <dd className="node-rule">{NODE_RULE}</dd>
        {snap ? (
          <dd>
            <SafeLink href={snap.source.url}>{snap.source.name}</SafeLink> snapshot of{" "}
            {formatDate(snap.timestamp)}: {formatCount(snap.total)} reachable,{" "}
            {formatCount(snap.unlocated)} unlocated (
            {Object.entries(snap.unlocatedByNetwork)
              .map(([net, n]) => `${net === "tor" ? "Tor" : net} ${formatCount(n)}`)
              .join(", ")}
            ) — never placed on the map. Licence: {sentence(snap.source.licence)}
          </dd>
        ) : (
          <dd className="gap">
            {nodes?.olderSnapshot
              ? `Nodes: ${NO_NODE_SNAPSHOT}; the newest earlier one is ${nodes.olderSnapshot.source.name}, ${formatDate(nodes.olderSnapshot.timestamp)}.`
              : "No node snapshot at or before this month."}
          </dd>
        )}
        {nodes?.sample ? (
          <dd>
            Drawn on the map instead: a {nodes.sample.label} (
            <a href={nodes.sample.source.url}>{nodes.sample.source.name}</a>,{" "}
            {formatDate(nodes.sample.timestamp)}). Licence: {sentence(nodes.sample.source.licence)}
          </dd>
        ) : null}
        {nodes?.countryCounts ? (
          <>
            <dt>Node counts by country</dt>
            <dd>
              <a href={nodes.countryCounts.source.url}>{nodes.countryCounts.source.name}</a>:{" "}
              {nodes.countryCounts.scope}. Licence: {sentence(nodes.countryCounts.source.licence)}{" "}
              Attribution: {sentence(nodes.countryCounts.source.attribution)}
            </dd>
          </>
        ) : null}
        <dt>Pool servers</dt>
        {pools && pools.servers.length > 0 ? (
          <dd>
            {pools.servers.length} located stratum servers (current locations, not month-specific):
            where pools run infrastructure, not where miners are, and never a hashrate share. Pool
            registry: mempool/mining-pools (MIT).
          </dd>
        ) : (
          <dd className="gap">No pool server locations have been ingested yet.</dd>
        )}
      </dl>
    </section>
  );
}
