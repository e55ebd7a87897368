import { formatPercent } from "@/lib/analytics/format";
import { BREAKS, GLOBAL_SOUTH_OUTLINE, legendLabels, NO_DATA, PALETTE } from "./colour";

/** The map key: the share classes, what grey means, the unallocated bucket, outlines and dots. */
export function Legend(props: {
  unallocated: number | null;
  definitionName: string;
  hasFlagged: boolean;
  showShares: boolean;
  showNodes: boolean;
  showPools: boolean;
  poolCount: number;
  /** The node layer: drawn, no snapshot for the month, or still loading. */
  nodes: "shown" | "none" | "pending";
}) {
  const labels = legendLabels();
  return (
    <section className="legend" aria-label="Map legend">
      {props.showShares ? (
        <>
          <p className="legend-title">Share of global hashrate (%)</p>
          <ol className="ramp">
            {PALETTE.map((c, i) => (
              <li key={c} title={labels[i]}>
                <span className="swatch" style={{ background: c }} />
                <span className="tick">
                  {i === 0 ? "0" : `${Number(((BREAKS[i - 1] ?? 0) * 100).toFixed(1))}`}
                </span>
              </li>
            ))}
          </ol>
          <p className="legend-row">
            <span className="swatch" style={{ background: NO_DATA }} /> No data: not named by the
            source
          </p>
          {props.unallocated !== null && props.unallocated > 0 ? (
            <p className="legend-row small">
              Unallocated: {formatPercent(props.unallocated)} of hashrate the source assigns to no
              country (“Other”) — not drawn.
            </p>
          ) : null}
          {props.hasFlagged ? (
            <p className="legend-row small">
              <span className="swatch dashed" /> * possibly relocated through VPN/proxy services
              (CCAF)
            </p>
          ) : null}
        </>
      ) : null}
      <p className="legend-row">
        <span className="swatch outline" style={{ borderColor: GLOBAL_SOUTH_OUTLINE }} /> Global
        South ({props.definitionName})
      </p>
      {props.showNodes ? (
        <p className="legend-row">
          <span className="dot-key" />{" "}
          {props.nodes === "none"
            ? "Nodes: no snapshot for this month"
            : props.nodes === "pending"
              ? "Nodes: loading the month's snapshot…"
              : "Reachable nodes (grouped by area: size and number = nodes)"}
        </p>
      ) : null}
      {props.showPools ? (
        <p className="legend-row">
          <span className="dot-key pool" />{" "}
          {props.poolCount > 0
            ? "Pool servers (size = share of blocks)"
            : "Pool servers: none located yet"}
        </p>
      ) : null}
    </section>
  );
}
