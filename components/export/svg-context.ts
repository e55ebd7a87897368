import type { Ctx } from "./ctx";
import { PATH_DATA } from "./world-paths";

const escapeXml = (s: string) =>
  s.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");

/** Average glyph width as a share of the font size: enough to wrap text as a canvas would. */
const GLYPH = 0.56;

let measurer: OffscreenCanvasRenderingContext2D | null | undefined;
function canvasMeasurer(): OffscreenCanvasRenderingContext2D | null {
  if (measurer === undefined)
    measurer =
      typeof OffscreenCanvas === "undefined" ? null : new OffscreenCanvas(1, 1).getContext("2d");
  return measurer;
}

/**
 * A 2D context that writes SVG: the frame painter (paint-frame.ts) draws the still image through
 * it, so the SVG download has the very layout, colours and texts of the PNG. Only what the
 * painter uses is implemented.
 */
export class SvgContext implements Ctx {
  fillStyle: Ctx["fillStyle"] = "#000";
  strokeStyle: Ctx["strokeStyle"] = "#000";
  lineWidth = 1;
  lineJoin: CanvasLineJoin = "miter";
  font = "10px sans-serif";
  private readonly out: string[] = [];
  private dash: number[] = [];
  private clips = 0;
  private open: number[] = [];
  private pendingRect: [number, number, number, number] | null = null;

  private stroke_(): string {
    const dash = this.dash.length > 0 ? ` stroke-dasharray="${this.dash.join(" ")}"` : "";
    return `stroke="${String(this.strokeStyle)}" stroke-width="${this.lineWidth}" stroke-linejoin="${this.lineJoin}"${dash}`;
  }

  fillRect(x: number, y: number, w: number, h: number): void {
    this.out.push(
      `<rect x="${x}" y="${y}" width="${w}" height="${h}" fill="${String(this.fillStyle)}"/>`,
    );
  }
  strokeRect(x: number, y: number, w: number, h: number): void {
    this.out.push(
      `<rect x="${x}" y="${y}" width="${w}" height="${h}" fill="none" ${this.stroke_()}/>`,
    );
  }
  fillText(text: string, x: number, y: number): void {
    const [, weight, size, family] = /^(?:(\d+) )?(\d+)px (.*)$/.exec(this.font) ?? [];
    this.out.push(
      `<text x="${x}" y="${y}" font-size="${size ?? 10}"${weight ? ` font-weight="${weight}"` : ""} font-family="${escapeXml(family ?? "sans-serif")}" fill="${String(this.fillStyle)}">${escapeXml(text)}</text>`,
    );
  }
  /**
   * In a browser, measured by a canvas with the same font, so the SVG's lines wrap where the
   * PNG's do and fit the widths the reader's browser gives them; elsewhere (tests) estimated.
   */
  measureText(text: string): TextMetrics {
    const measurer = canvasMeasurer();
    if (measurer) {
      measurer.font = this.font;
      return measurer.measureText(text);
    }
    const size = Number(/(\d+)px/.exec(this.font)?.[1] ?? 10);
    return { width: text.length * size * GLYPH } as TextMetrics;
  }
  fill(path: Path2D | CanvasFillRule = "nonzero", rule?: CanvasFillRule): void {
    if (typeof path === "string") return;
    this.out.push(
      `<path d="${PATH_DATA.get(path) ?? ""}" fill="${String(this.fillStyle)}" fill-rule="${rule ?? "nonzero"}"/>`,
    );
  }
  stroke(path?: Path2D): void {
    if (path)
      this.out.push(`<path d="${PATH_DATA.get(path) ?? ""}" fill="none" ${this.stroke_()}/>`);
  }
  setLineDash(segments: number[]): void {
    this.dash = [...segments];
  }
  save(): void {
    this.open.push(0);
  }
  restore(): void {
    const groups = this.open.pop() ?? 0;
    for (let i = 0; i < groups; i += 1) this.out.push("</g>");
  }
  beginPath(): void {
    this.pendingRect = null;
  }
  rect(x: number, y: number, w: number, h: number): void {
    this.pendingRect = [x, y, w, h];
  }
  clip(): void {
    if (!this.pendingRect) return;
    const [x, y, w, h] = this.pendingRect;
    const id = `clip${this.clips++}`;
    this.out.push(
      `<clipPath id="${id}"><rect x="${x}" y="${y}" width="${w}" height="${h}"/></clipPath><g clip-path="url(#${id})">`,
    );
    const last = this.open.length - 1;
    if (last >= 0) this.open[last] = (this.open[last] ?? 0) + 1;
  }

  /** The drawing as an SVG document of the given size, titled for screen readers and file browsers. */
  toSvg(width: number, height: number, title: string): string {
    return `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}" role="img"><title>${escapeXml(title)}</title>${this.out.join("")}</svg>`;
  }
}
