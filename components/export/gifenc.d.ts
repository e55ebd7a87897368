/** The slice of gifenc 1.0's untyped API the GIF export uses (the package ships no types). */
declare module "gifenc" {
  export type Colour = [number, number, number] | [number, number, number, number];
  export interface FrameOptions {
    /** Colour table; the first frame's becomes the global one that later frames reuse. */
    palette?: readonly Colour[];
    /** Milliseconds; written to the file in hundredths of a second. */
    delay?: number;
    /** 0 loops forever, -1 plays once. */
    repeat?: number;
  }
  export interface Encoder {
    writeFrame(index: Uint8Array, width: number, height: number, options?: FrameOptions): void;
    finish(): void;
    bytes(): Uint8Array;
  }
  export function GIFEncoder(options?: { auto?: boolean }): Encoder;
  export function nearestColorIndex(palette: readonly Colour[], pixel: Colour): number;
}
