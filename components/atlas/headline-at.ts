import type { GlobalSouthResponse } from "@/lib/responses/schemas";

type Point = GlobalSouthResponse["series"][number];

/**
 * The Global South figure of a month and its source's name, from the series the page already
 * holds for every month: read at the slider's month, so the figure moves with a drag.
 */
export function headlineAt(
  gs: GlobalSouthResponse | null | undefined,
  month: string,
): { point: Point | null; sourceName: string | null } {
  const point = gs?.series.find((p) => p.month === month) ?? null;
  const sourceName = point ? (gs?.sources.find((s) => s.id === point.source)?.name ?? null) : null;
  return { point, sourceName };
}
