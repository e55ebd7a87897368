import L from "leaflet";
import { drawNodes, type ProjectedNodes, packColour, projectNodes } from "./node-pixels";

/** Deep indigo: stands apart from every class of the yellow–red choropleth and from "no data" grey. */
const NODE_COLOUR = packColour(49, 27, 146, 235);

/**
 * Reachable nodes as one canvas holding a reused ImageData buffer (STYLE habit 9): no DOM or
 * Leaflet object per node. Data is projected once per snapshot; panning, zooming and resizing
 * only re-stamp pixels.
 */
export class NodeCanvasLayer extends L.Layer {
  private canvas: HTMLCanvasElement | null = null;
  private image: ImageData | null = null;
  private nodes: ProjectedNodes = projectNodes([]);

  setLocations(locations: readonly (readonly [number, number, number])[]): void {
    this.nodes = projectNodes(locations);
    this.redraw();
  }

  override onAdd(map: L.Map): this {
    const canvas = L.DomUtil.create("canvas", "node-layer leaflet-zoom-hide");
    canvas.setAttribute("aria-hidden", "true");
    map.getPanes().overlayPane.appendChild(canvas);
    this.canvas = canvas;
    map.on("moveend resize viewreset", this.redraw, this);
    this.redraw();
    return this;
  }

  override onRemove(map: L.Map): this {
    map.off("moveend resize viewreset", this.redraw, this);
    this.canvas?.remove();
    this.canvas = null;
    this.image = null;
    return this;
  }

  redraw(): void {
    const map = this._map as L.Map | undefined;
    const canvas = this.canvas;
    const ctx = canvas?.getContext("2d");
    if (!map || !canvas || !ctx) return;
    const size = map.getSize();
    if (!this.image || this.image.width !== size.x || this.image.height !== size.y) {
      canvas.width = size.x;
      canvas.height = size.y;
      this.image = ctx.createImageData(Math.max(1, size.x), Math.max(1, size.y));
    }
    // The canvas sits at the map container's top-left, in the (panning) overlay pane.
    L.DomUtil.setPosition(canvas, map.containerPointToLayerPoint([0, 0]));
    const origin = map.getPixelBounds().min ?? L.point(0, 0);
    const pixels = new Uint32Array(this.image.data.buffer);
    drawNodes(
      this.nodes,
      pixels,
      this.image.width,
      this.image.height,
      { scale: 2 ** map.getZoom(), originX: origin.x, originY: origin.y },
      NODE_COLOUR,
    );
    ctx.putImageData(this.image, 0, 0);
  }
}
