import L from "leaflet";
import { formatCount } from "@/lib/analytics/format";
import type { NodeFrame } from "./month-frame";
import {
  clusterAt,
  clusterNodes,
  clusterRadius,
  compactCount,
  type NodeCluster,
  type ProjectedNodes,
  projectNodes,
} from "./node-clusters";

/** Snapshots kept projected, so stepping back and forth between a few of them never re-projects. */
const PROJECTED_KEPT = 4;

/** Deep indigo: stands apart from every class of the yellow–red choropleth and from "no data" grey. */
const NODE_FILL = "rgba(49, 27, 146, 0.8)";
const NODE_STROKE = "rgba(255, 255, 255, 0.9)";
/** Discs this large carry their count; smaller ones are told apart by size and the tooltip. */
const LABEL_FROM_RADIUS = 9;

const plural = (n: number) => `${formatCount(n)} node${n === 1 ? "" : "s"}`;

function clusterText(c: NodeCluster): string {
  return c.locations > 1
    ? `${plural(c.nodes)} in ${formatCount(c.locations)} places — click to zoom in`
    : `${plural(c.nodes)} here (location rounded to 0.1°)`;
}

/**
 * Reachable nodes, clustered on one canvas (a slider step must cost one frame): locations are projected once per
 * snapshot; each pan or zoom bins them into screen cells and draws a few hundred discs sized
 * and labelled by their node count, never one DOM or Leaflet object per node. Hovering a disc
 * names its count; clicking one that holds several places zooms into it.
 */
export class NodeCanvasLayer extends L.Layer {
  private canvas: HTMLCanvasElement | null = null;
  private nodes: ProjectedNodes = projectNodes([]);
  /** The snapshot drawn: its key, null for none (a gap), undefined for "not known yet". */
  private shown: string | null | undefined = null;
  private readonly projected = new Map<string, ProjectedNodes>();
  private clusters: NodeCluster[] = [];
  private readonly tip = L.tooltip({
    direction: "right",
    className: "map-tooltip node-tip",
    opacity: 1,
  });

  /**
   * Shows a month's snapshot: the same snapshot as drawn is a no-op (a slider step within one
   * snapshot costs nothing); another one is projected once and kept; none or not known yet
   * clears the discs, so no month ever shows another month's nodes.
   */
  show(frame: NodeFrame | null | undefined): void {
    const key = frame === undefined ? undefined : (frame?.key ?? null);
    if (key === this.shown) return;
    this.shown = key;
    this.nodes = frame ? this.project(frame) : projectNodes([]);
    this.redraw();
  }

  private project(frame: NodeFrame): ProjectedNodes {
    const kept = this.projected.get(frame.key);
    if (kept) return kept;
    const nodes = projectNodes(frame.locations);
    this.projected.set(frame.key, nodes);
    for (const old of this.projected.keys()) {
      if (this.projected.size <= PROJECTED_KEPT) break;
      this.projected.delete(old);
    }
    return nodes;
  }

  override onAdd(map: L.Map): this {
    const canvas = L.DomUtil.create("canvas", "node-layer leaflet-zoom-hide");
    canvas.setAttribute("aria-hidden", "true");
    map.getPanes().overlayPane.appendChild(canvas);
    this.canvas = canvas;
    map.on("moveend resize viewreset", this.redraw, this);
    map.on("mousemove", this.hover, this);
    map.on("mouseout movestart", this.unhover, this);
    // Capture: the choropleth below would otherwise take the click as choosing a country.
    map.getContainer().addEventListener("click", this.zoomIn, { capture: true });
    this.redraw();
    return this;
  }

  override onRemove(map: L.Map): this {
    map.off("moveend resize viewreset", this.redraw, this);
    map.off("mousemove", this.hover, this);
    map.off("mouseout movestart", this.unhover, this);
    map.getContainer().removeEventListener("click", this.zoomIn, { capture: true });
    this.unhover();
    this.canvas?.remove();
    this.canvas = null;
    this.clusters = [];
    return this;
  }

  redraw(): void {
    const map = this._map as L.Map | undefined;
    const canvas = this.canvas;
    const ctx = canvas?.getContext("2d");
    if (!map || !canvas || !ctx) return;
    const size = map.getSize();
    const ratio = window.devicePixelRatio || 1;
    const width = Math.round(size.x * ratio);
    const height = Math.round(size.y * ratio);
    if (canvas.width !== width || canvas.height !== height) {
      canvas.width = width;
      canvas.height = height;
      canvas.style.width = `${size.x}px`;
      canvas.style.height = `${size.y}px`;
    }
    // The canvas sits at the map container's top-left, in the (panning) overlay pane.
    L.DomUtil.setPosition(canvas, map.containerPointToLayerPoint([0, 0]));
    const origin = map.getPixelBounds().min ?? L.point(0, 0);
    this.clusters = clusterNodes(this.nodes, {
      scale: 2 ** map.getZoom(),
      originX: origin.x,
      originY: origin.y,
      width: size.x,
      height: size.y,
    });
    ctx.setTransform(ratio, 0, 0, ratio, 0, 0);
    ctx.clearRect(0, 0, size.x, size.y);
    ctx.fillStyle = NODE_FILL;
    ctx.strokeStyle = NODE_STROKE;
    ctx.lineWidth = 1;
    for (const c of this.clusters) {
      ctx.beginPath();
      ctx.arc(c.x, c.y, clusterRadius(c.nodes), 0, 2 * Math.PI);
      ctx.fill();
      if (c.nodes > 1) ctx.stroke();
    }
    ctx.fillStyle = "#fff";
    ctx.font = "600 10px system-ui, sans-serif";
    ctx.textAlign = "center";
    ctx.textBaseline = "middle";
    for (const c of this.clusters)
      if (clusterRadius(c.nodes) >= LABEL_FROM_RADIUS)
        ctx.fillText(compactCount(c.nodes), c.x, c.y);
    // The largest cluster's place and how many discs are drawn, for tests and scripts.
    const [top] = this.clusters;
    canvas.dataset.largest = top ? `${Math.round(top.x)},${Math.round(top.y)},${top.nodes}` : "";
    canvas.dataset.discs = String(this.clusters.length);
  }

  private hover(e: L.LeafletMouseEvent): void {
    const map = this._map as L.Map | undefined;
    const hit = clusterAt(this.clusters, e.containerPoint.x, e.containerPoint.y);
    if (!map || !hit) {
      this.unhover();
      return;
    }
    this.tip.options.offset = L.point(clusterRadius(hit.nodes), 0);
    this.tip.setLatLng(map.containerPointToLatLng([hit.x, hit.y])).setContent(clusterText(hit));
    if (!map.hasLayer(this.tip)) this.tip.addTo(map);
    else this.tip.update();
  }

  private unhover(): void {
    this.tip.remove();
  }

  private readonly zoomIn = (e: MouseEvent): void => {
    const map = this._map as L.Map | undefined;
    if (!map || (e.target instanceof Element && e.target.closest(".leaflet-control"))) return;
    // The click that ends a drag is not a click on a cluster; at full zoom there is nothing
    // to zoom into, so the click is the country's below.
    const drag = map.dragging as L.Handler & { moved?: () => boolean };
    if (drag?.moved?.() || map.getZoom() >= map.getMaxZoom()) return;
    const point = map.mouseEventToContainerPoint(e);
    const hit = clusterAt(this.clusters, point.x, point.y);
    if (!hit || hit.locations < 2) return;
    e.stopPropagation();
    map.setView(
      map.containerPointToLatLng([hit.x, hit.y]),
      Math.min(map.getMaxZoom(), map.getZoom() + 2),
    );
  };
}
