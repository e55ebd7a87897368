/**
 * What the painter uses of a 2D canvas context: a real canvas for PNG, GIF and WebM, or the SVG
 * writer (svg-context.ts) that records the same calls as SVG elements.
 */
export type Ctx = Pick<
  OffscreenCanvasRenderingContext2D,
  | "fillRect"
  | "strokeRect"
  | "fillText"
  | "measureText"
  | "fill"
  | "stroke"
  | "save"
  | "restore"
  | "beginPath"
  | "rect"
  | "clip"
  | "setLineDash"
  | "fillStyle"
  | "strokeStyle"
  | "lineWidth"
  | "lineJoin"
  | "font"
>;
