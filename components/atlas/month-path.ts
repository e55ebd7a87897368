import type { MonthFrame } from "../map/month-frame";
import { createMonthCursor } from "../timeline/month-cursor";
import type { SliderLink } from "./slider-link";

/**
 * The one path a month takes in the browser. The slider's cursor is the one holder of the month
 * on screen: a step moves it and every map layer shows its month at once (from the cache);
 * React's view state, and through it the URL, are told the month once the slider pauses
 * (`follow`), and a month that comes from them (Back/Forward, the newest month arriving) moves
 * the cursor (`jump`), never the other way round at the same time.
 */
interface MonthPath {
  link: SliderLink;
  /** A step of the slider (key, drag, play): shown now, followed by the page after a pause. */
  step(month: string): void;
  /** A month from outside the slider: shown now, nothing pending is followed any more. */
  jump(month: string): void;
  /** Whether a step is waiting for the page to follow it. */
  pending(): boolean;
  dispose(): void;
}

export function createMonthPath(options: {
  initial: string;
  /** Every layer's data for a month, from what the browser already holds. */
  frameFor: (month: string) => MonthFrame;
  /** Tells the page (view state, URL) the month the slider settled on. */
  follow: (month: string) => void;
  settleMs: number;
}): MonthPath {
  const link: SliderLink = { cursor: createMonthCursor(options.initial), layers: new Set() };
  let settle: ReturnType<typeof setTimeout> | undefined;
  const cancel = () => {
    clearTimeout(settle);
    settle = undefined;
  };
  const show = (month: string) => {
    link.cursor.set(month);
    const frame = options.frameFor(month);
    const estimated = link.estimateFor?.(month);
    const shown = estimated ? { ...frame, shares: estimated } : frame;
    for (const layer of link.layers) layer(shown);
  };
  return {
    link,
    step(month) {
      show(month);
      cancel();
      settle = setTimeout(() => {
        settle = undefined;
        options.follow(month);
      }, options.settleMs);
    },
    jump(month) {
      cancel(); // a step not yet followed must not undo a Back
      show(month);
    },
    pending: () => settle !== undefined,
    dispose: cancel,
  };
}
