/** What the animation renderer needs from a file format: GIF and WebM both implement it. */
export interface FrameEncoder {
  readonly extension: "gif" | "webm";
  /** Adds the canvas's current picture, shown for `durationMs`. */
  addFrame(canvas: OffscreenCanvas, durationMs: number): Promise<void>;
  /** Completes the file. */
  finish(): Promise<Blob>;
  /** Releases the encoder (after finishing, a cancel or an error); safe to call twice. */
  close(): void;
}
