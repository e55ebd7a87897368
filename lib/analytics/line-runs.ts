/**
 * Where a chart's line breaks, the one rule every chart draws by: two points are joined only when
 * they are on adjacent months of the timeline and come from the same source by the same method
 * (or basis). A gap, a change of method or a change of source starts a new line, so figures that
 * are not comparable are never drawn as one trend.
 */
interface RunPoint<T> {
  /** The point's position on the timeline (consecutive months differ by 1). */
  index: number;
  /** What must not change along a line, e.g. `${method}|${source}`. */
  key: string;
  value: T;
}

interface Run<T> {
  key: string;
  values: T[];
}

export function lineRuns<T>(points: readonly RunPoint<T>[]): Run<T>[] {
  const runs: Run<T>[] = [];
  let previous: RunPoint<T> | undefined;
  for (const point of [...points].sort((a, b) => a.index - b.index)) {
    const last = runs.at(-1);
    if (last && previous && point.index === previous.index + 1 && point.key === previous.key)
      last.values.push(point.value);
    else runs.push({ key: point.key, values: [point.value] });
    previous = point;
  }
  return runs;
}

/** The key of a share figure: its method and its source. */
export const methodSourceKey = (method: string, source: string | null | undefined): string =>
  `${method}|${source ?? ""}`;
