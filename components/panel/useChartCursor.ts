"use client";
import { type KeyboardEvent, type PointerEvent, useState } from "react";
import { nearestIndex } from "./chart-scale";

/**
 * Values on hover and focus for a small chart: the pointer picks the nearest point; the chart is
 * one tab stop whose arrow keys (Home/End) step through the points. `start` is the point shown
 * when focus arrives (the month on screen). The caller draws `active` and reads it out.
 */
export function useChartCursor(xs: readonly number[], viewWidth: number, start: number) {
  const [active, setActive] = useState<number | null>(null);
  const clamp = (i: number) => Math.max(0, Math.min(xs.length - 1, i));
  const onPointerMove = (e: PointerEvent<SVGSVGElement>) => {
    const box = e.currentTarget.getBoundingClientRect();
    if (box.width > 0)
      setActive(nearestIndex(xs, ((e.clientX - box.left) / box.width) * viewWidth));
  };
  const onKeyDown = (e: KeyboardEvent<SVGSVGElement>) => {
    const from = active ?? start;
    const next =
      e.key === "ArrowRight" || e.key === "ArrowUp"
        ? from + 1
        : e.key === "ArrowLeft" || e.key === "ArrowDown"
          ? from - 1
          : e.key === "Home"
            ? 0
            : e.key === "End"
              ? xs.length - 1
              : null;
    if (next === null || xs.length === 0) return;
    e.preventDefault();
    setActive(clamp(next));
  };
  return {
    active: active !== null && active < xs.length ? active : null,
    handlers: {
      onPointerMove,
      onPointerLeave: () => setActive(null),
      onFocus: () => setActive(xs.length > 0 ? clamp(start) : null),
      onBlur: () => setActive(null),
      onKeyDown,
    },
  };
}
