"use client";
import { useEffect, useState } from "react";
import { NO_NODE_SNAPSHOT, NODE_RULE, NODE_RULE_SHORT } from "@/lib/analytics/node-rule";
import { formatTenths } from "@/lib/analytics/range";
import { formatMonth } from "@/lib/core/month";
import { BREAKS, GLOBAL_SOUTH_OUTLINE, legendLabels, NO_DATA, PALETTE } from "./colour";
import { ESTIMATE_OUTLINE } from "./country-style";
import "./legend.css";

/**
 * Where the legend starts collapsed: a phone or a short frame (an embed's iframe), where every row
 * of the screen counts; legend.css hides the details for the first paint by the same query.
 */
const COLLAPSED_BELOW = "(max-width: 48rem), (max-height: 36rem)";

/**
 * The map key, as a strip under the map(s) and their timeline — it never covers a country, nor
 * pushes the slider off the first screen — that can be collapsed
 * to its colour ramp: the share classes, what grey means, the unallocated bucket (per month when
 * comparing), outlines and dots.
 */
export function Legend(props: {
  /** The unallocated share of each month shown (one, or two when comparing). */
  unallocated: readonly { month: string; share: number | null }[];
  definitionName: string;
  /** The main map shows estimated ranges: the ramp then encodes each range's lower bound. */
  estimated?: boolean;
  showShares: boolean;
  showNodes: boolean;
  showPools: boolean;
  showSites: boolean;
  poolCount: number;
  /** The node layer: drawn, a curated sample drawn, no snapshot for the month, or still loading. */
  nodes: "shown" | "sample" | "none" | "pending";
  /** Why there are no node discs (or only a sample's), naming the newest older snapshot. */
  nodeGapNote: string | null;
  /** What the month's per-country monitor counts are (tooltips and the panel), or null. */
  monitorNote: string | null;
}) {
  // null until mounted: the server does not know the screen, so CSS decides the first paint.
  const [open, setOpen] = useState<boolean | null>(null);
  useEffect(() => {
    setOpen((o) => o ?? !window.matchMedia(COLLAPSED_BELOW).matches);
  }, []);
  const labels = legendLabels();
  // The full sentence on hover, where a narrow strip cuts the line short.
  const nodeText =
    props.nodes === "none" || props.nodes === "sample"
      ? (props.nodeGapNote ?? `Nodes: ${NO_NODE_SNAPSHOT}`)
      : NODE_RULE;
  return (
    <section
      className="legend"
      aria-label="Map legend"
      data-open={open === null ? "auto" : String(open)}
    >
      <div className="legend-head">
        <button
          type="button"
          className="legend-toggle"
          aria-expanded={open ?? true}
          aria-controls="legend-details"
          onClick={() => setOpen(!(open ?? true))}
        >
          Legend
        </button>
        {props.showShares ? (
          <>
            <span className="legend-title" id="legend-title">
              {props.estimated
                ? "Share of global hashrate (%), estimated"
                : "Share of global hashrate (%)"}
            </span>
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
          </>
        ) : null}
      </div>
      {/* Fixed slots, one line each: a slider step changes their text, never the strip's
          height, so the map above keeps its size. */}
      <div className="legend-details" id="legend-details">
        {/* Three cells, as many as the stored shares' rows: switching to an estimate keeps the
            strip's height (and the slider under it) where it was. */}
        {props.showShares && props.estimated ? (
          <>
            <p className="legend-row" id="legend-estimated">
              <span className="swatch outline" style={{ borderColor: ESTIMATE_OUTLINE }} />{" "}
              Estimated: a range not a point
            </p>
            <p className="legend-row">the colour is its lower end (“at least”)</p>
            <p className="legend-row">
              <span className="swatch" style={{ background: NO_DATA }} /> grey: no evidence, unknown
              — not 0
            </p>
          </>
        ) : null}
        {props.showShares && !props.estimated ? (
          <>
            <p className="legend-row">
              <span className="swatch" style={{ background: NO_DATA }} /> No data: not named by the
              source
            </p>
            {props.unallocated.map((u) => (
              <p className="legend-row" key={u.month}>
                No country named (the source’s “Other”, or not covered — unknown, not drawn)
                {props.unallocated.length > 1 ? ` in ${formatMonth(u.month)}` : ""}:{" "}
                {u.share === null ? "no data" : `${formatTenths(u.share)} %`}
              </p>
            ))}
            <p className="legend-row">
              <span className="swatch dashed" /> * possibly relocated via VPN/proxy (CCAF)
            </p>
          </>
        ) : null}
        <p className="legend-row">
          <span className="swatch outline" style={{ borderColor: GLOBAL_SOUTH_OUTLINE }} /> Global
          South ({props.definitionName})
        </p>
        {props.showNodes ? (
          <p className="legend-row wide" title={nodeText}>
            <span className="dot-key" />{" "}
            {props.nodes === "none"
              ? (props.nodeGapNote ?? `Nodes: ${NO_NODE_SNAPSHOT}`)
              : props.nodes === "pending"
                ? "Nodes: loading the month's snapshot…"
                : props.nodes === "sample"
                  ? "Curated sample (Bitcoin Core fixed seeds), not all nodes (size, number = sampled nodes)"
                  : "Reachable nodes (size, number = nodes)"}
          </p>
        ) : null}
        {props.showNodes ? (
          <p className="legend-row wide node-rule" title={NODE_RULE}>
            {NODE_RULE_SHORT}
          </p>
        ) : null}
        {props.showNodes && props.monitorNote ? (
          <p className="legend-row wide" title={props.monitorNote}>
            {props.monitorNote}
          </p>
        ) : null}
        {props.showSites ? (
          <p
            className="legend-row wide"
            title="Known large sites as disclosed by operators and the press: a map of disclosure, not of hashrate share. Building: under construction. Running sites are drawn above plans, plans above closed or sold sites; at world zoom each site is a small ring, so the country colour shows. A dotted area: located only to a region or country. Faded: last reported over two years before the month. Dotted outline: low confidence. Neither is counted in a total; facts without a date are on no map."
          >
            <span className="site-key energized" /> energized, expanded{" "}
            <span className="site-key building" /> building <span className="site-key announced" />{" "}
            announced <span className="site-key closed" /> closed, sold — sites as disclosed (size =
            MW), not hashrate; faded: no news in 2 years
          </p>
        ) : null}
        {props.showPools ? (
          // Before any endpoint is located (a fresh install) the longer sentence takes a whole line.
          <p className={props.poolCount > 0 ? "legend-row" : "legend-row wide"}>
            <span className="dot-key pool" />{" "}
            {props.poolCount > 0
              ? "Pool servers (size = share of blocks)"
              : "Pool servers: none of the listed endpoints located yet (see Sources)"}
          </p>
        ) : null}
      </div>
    </section>
  );
}
