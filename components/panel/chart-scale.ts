/** Round axis tops: the smallest that leaves a little room above the largest value. */
const TOPS = [0.01, 0.02, 0.05, 0.1, 0.2, 0.25, 0.4, 0.5, 0.75, 1] as const;

/**
 * The y axis of a share chart, scaled to the data with 0 always at the bottom: Paraguay's 3.9 %
 * gets 0–5 %, not a line on the floor of a 0–100 % axis.
 */
export function shareAxis(max: number): { top: number; ticks: number[] } {
  const top = TOPS.find((t) => t >= max * 1.1) ?? 1;
  return { top, ticks: [0, top / 2, top] };
}

/** A tick's label: "2.5%", "50%". */
export function tickLabel(t: number): string {
  return `${Number((t * 100).toFixed(1))}%`;
}

/** The index in `points` nearest to x (points sorted by x); -1 when there are none. */
export function nearestIndex(xs: readonly number[], x: number): number {
  let best = -1;
  let distance = Infinity;
  xs.forEach((px, i) => {
    const d = Math.abs(px - x);
    if (d < distance) {
      distance = d;
      best = i;
    }
  });
  return best;
}
