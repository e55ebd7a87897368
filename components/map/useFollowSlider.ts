import { useEffect } from "react";
import type { SliderLink } from "../atlas/slider-link";
import { type DrawMonth, joinSlider, pageMayDraw } from "./follow-slider";
import type { MonthFrame } from "./month-frame";

/**
 * The one way a map layer follows the month: the slider's step draws it at once (from the
 * cache), and the page's data draws it when it arrives, unless the slider has moved on since.
 * `pick` must be stable (a module-level function); `draw` changes only when what it draws with
 * does (it is then registered again and the month redrawn).
 */
export function useFollowSlider<T>(
  slider: SliderLink | undefined,
  month: string,
  part: T,
  pick: (frame: MonthFrame) => T,
  draw: DrawMonth<T>,
): void {
  useEffect(() => (slider ? joinSlider(slider, pick, draw) : undefined), [slider, pick, draw]);
  useEffect(() => {
    if (pageMayDraw(slider, month)) draw(month, part);
  }, [slider, month, part, draw]);
}
