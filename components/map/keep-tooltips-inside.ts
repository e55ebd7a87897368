import type L from "leaflet";

/** Pixels kept between a tooltip and the map's edge. */
const EDGE = 4;

/** How far to move a box [left, right] sideways so it lies within [0, width] (left edge first). */
export function shiftInside(left: number, right: number, width: number): number {
  if (right - left > width - 2 * EDGE) return EDGE - left;
  if (left < EDGE) return EDGE - left;
  if (right > width - EDGE) return width - EDGE - right;
  return 0;
}

/**
 * Keeps every tooltip the map opens inside the map: a country tapped near a phone's edge opened
 * its card half off the screen. The card is moved sideways when it opens (its arrow stays at the
 * tap). Returns the undo.
 */
export function keepTooltipsInside(map: L.Map): () => void {
  const onOpen = (e: L.TooltipEvent) => {
    const el = e.tooltip.getElement();
    if (!el) return;
    el.style.marginLeft = "";
    const frame = map.getContainer().getBoundingClientRect();
    const box = el.getBoundingClientRect();
    const shift = shiftInside(box.left - frame.left, box.right - frame.left, frame.width);
    if (shift !== 0) el.style.marginLeft = `${shift}px`;
  };
  map.on("tooltipopen", onOpen);
  return () => {
    map.off("tooltipopen", onOpen);
  };
}
