import type { MonthFrame, ShowFrame } from "../map/month-frame";
import type { MonthCursor } from "../timeline/month-cursor";

/**
 * What the slider and the map share outside React, so a step costs one frame: the month the
 * slider points at, and every map layer's way to show a month (each registers itself once it
 * exists: the choropleth, the node discs, the pool servers).
 */
export interface SliderLink {
  cursor: MonthCursor;
  layers: Set<ShowFrame>;
  /**
   * The estimated ranges of a month, computed in the browser (components/atlas/useEstimate.ts),
   * for a step onto a month the choropleth shows estimated: null when it shows the stored shares.
   */
  estimateFor?: (month: string) => MonthFrame["shares"] | null;
}
