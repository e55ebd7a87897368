import { formatCount, formatPercent } from "@/lib/analytics/format";
import { NO_NODE_SNAPSHOT } from "@/lib/analytics/node-rule";
import type { CountryShare } from "@/lib/analytics/view-shape";
import { formatMonth } from "@/lib/core/month";

export interface TooltipData {
  month: string;
  method: string | null;
  shares: ReadonlyMap<string, CountryShare> | null;
  nodeCounts: ReadonlyMap<string, number> | null;
  nodeSnapshotDate: string | null;
  /** KIT DSN's monitor: peers per country (monthly median), for the ten countries it names. */
  monitorCounts: ReadonlyMap<string, number> | null;
}

function line(parent: HTMLElement, label: string, value: string): void {
  const row = document.createElement("div");
  const b = document.createElement("b");
  b.textContent = value;
  row.append(`${label} `, b);
  parent.append(row);
}

/** A country's hover card, built as DOM text nodes (names never go through innerHTML). */
export function countryTooltip(iso2: string | null, fallbackName: string, d: TooltipData) {
  const el = document.createElement("div");
  el.className = "map-tip";
  const share = iso2 ? d.shares?.get(iso2) : undefined;
  const title = document.createElement("strong");
  title.textContent = share?.name ?? fallbackName;
  el.append(title);
  const month = formatMonth(d.month);
  if (!d.shares) line(el, month, "no country data");
  else if (share?.estimate) line(el, `Estimated, ${month}:`, share.caveat ?? "");
  else if (share) line(el, `Share, ${month}:`, `${formatPercent(share.share)} (${d.method})`);
  else if (d.method === "estimated") line(el, `${month}:`, "no evidence holds (no estimate)");
  else line(el, `${month}:`, "not named by the source (unknown, not 0)");
  if (share?.flagged) line(el, "*", "may be relocated via VPN/proxy (CCAF)");
  if (d.nodeCounts && iso2)
    line(
      el,
      `Nodes (${d.nodeSnapshotDate ?? "snapshot"}):`,
      formatCount(d.nodeCounts.get(iso2) ?? 0),
    );
  else line(el, "Nodes:", NO_NODE_SNAPSHOT);
  if (d.monitorCounts && iso2) {
    const peers = d.monitorCounts.get(iso2);
    line(
      el,
      "Peers seen by one monitor in Germany (median):",
      peers === undefined ? "not in its top 10 (not named)" : formatCount(Math.round(peers)),
    );
  }
  return el;
}

/** A plain multi-line card; the first line bold. Text only, never HTML. */
export function textTip(lines: readonly string[]): HTMLElement {
  const el = document.createElement("div");
  el.className = "map-tip";
  lines.forEach((text, i) => {
    const row = document.createElement(i === 0 ? "strong" : "div");
    row.textContent = text;
    el.append(row);
  });
  return el;
}
