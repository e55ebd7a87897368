/**
 * Keyboard model of the month slider (WAI-ARIA slider pattern): arrows ±1 month, PageUp/PageDown
 * ±1 year, Home/End the ends. Returns the new index, or null for keys the slider ignores.
 */
export function sliderKeyTarget(key: string, index: number, count: number): number | null {
  const clamp = (i: number) => Math.max(0, Math.min(count - 1, i));
  switch (key) {
    case "ArrowRight":
    case "ArrowUp":
      return clamp(index + 1);
    case "ArrowLeft":
    case "ArrowDown":
      return clamp(index - 1);
    case "PageUp":
      return clamp(index + 12);
    case "PageDown":
      return clamp(index - 12);
    case "Home":
      return 0;
    case "End":
      return count - 1;
    default:
      return null;
  }
}

/** Index of the month under a pointer at `x` along a track `[left, left + width]`. */
export function indexAtPointer(x: number, left: number, width: number, count: number): number {
  if (count <= 1 || width <= 0) return 0;
  const t = Math.max(0, Math.min(1, (x - left) / width));
  return Math.round(t * (count - 1));
}
