import type { SliderLink } from "../atlas/slider-link";
import type { MonthFrame, ShowFrame } from "./month-frame";

/** How a layer draws its part of a month, whichever path the month came by. */
export type DrawMonth<T> = (month: string, part: T) => void;

/**
 * Registers a layer with the slider's one-frame path: a step draws the layer's part of the
 * stepped month at once (`pick` takes that part out of the whole frame). Returns the undo.
 */
export function joinSlider<T>(
  slider: SliderLink,
  pick: (frame: MonthFrame) => T,
  draw: DrawMonth<T>,
): () => void {
  const step: ShowFrame = (frame) => draw(frame.month, pick(frame));
  slider.layers.add(step);
  return () => {
    slider.layers.delete(step);
  };
}

/**
 * Whether the page's render may draw `month`: not when the slider has already stepped on to
 * another month (its own step drew that one, and the page will follow it shortly) — otherwise a
 * late render would pull the map back to the month the drag began.
 */
export function pageMayDraw(slider: SliderLink | undefined, month: string): boolean {
  return !slider || slider.cursor.get() === month;
}
