import type { FastRestyle } from "../map/ChoroplethLayer";
import type { MonthCursor } from "../timeline/month-cursor";

/**
 * What the slider and the map share outside React, so a step costs one frame: the month the
 * slider points at, and the map's restyle for a month (set by the choropleth once it exists).
 */
export interface SliderLink {
  cursor: MonthCursor;
  restyle: FastRestyle | null;
}
