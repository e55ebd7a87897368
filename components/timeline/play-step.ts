/** How long each month stays on screen while playing: long enough to read the headline number. */
export const PLAY_STEP_MS = 700;
/** A month with no data (a gap) passes quickly: there is nothing on it to read, only its gap. */
export const EMPTY_STEP_MS = 150;

/** How long Play stays on `month`: a month with data its full step, an empty one a short one. */
export function playStepMs(month: string, hasData: (month: string) => boolean): number {
  return hasData(month) ? PLAY_STEP_MS : EMPTY_STEP_MS;
}
