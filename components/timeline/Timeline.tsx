"use client";
import { type KeyboardEvent, type PointerEvent, useRef } from "react";
import type { TimelineMonth } from "@/lib/analytics/view-shape";
import { formatMonth } from "@/lib/core/month";
import { MethodBadge } from "../MethodBadge";
import { indexAtPointer, sliderKeyTarget } from "./keys";
import { type MonthCursor, useCursorMonth } from "./month-cursor";
import { PlayButton } from "./PlayButton";
import { MethodBands, trackPercent, YearTicks } from "./TrackMarks";
import "./timeline.css";

/** The slider's element id: the skip link's target. */
export const SLIDER_ID = "month-slider";

interface Props {
  months: readonly TimelineMonth[];
  /** The month the slider points at; it moves at once, the page follows when the slider pauses. */
  cursor: MonthCursor;
  onChange: (month: string) => void;
  playing: boolean;
  onTogglePlay: () => void;
}

/**
 * The month slider: a real ARIA slider over every month from the first with data to now. The
 * track shows which method each stretch of months rests on, and gaps as gaps.
 */
export function Timeline({ months, cursor, onChange, playing, onTogglePlay }: Props) {
  const track = useRef<HTMLDivElement>(null);
  const count = months.length;
  const shown = useCursorMonth(cursor);
  const index = Math.max(
    0,
    months.findIndex((m) => m.month === shown),
  );
  const current = months[index];
  const go = (i: number) => {
    const m = months[i];
    if (!m || m.month === shown) return;
    onChange(m.month);
  };
  const onKey = (e: KeyboardEvent) => {
    const target = sliderKeyTarget(e.key, index, count);
    if (target === null) return;
    e.preventDefault();
    go(target);
  };
  const onPointer = (e: PointerEvent) => {
    if (e.type === "pointerdown") e.currentTarget.setPointerCapture(e.pointerId);
    else if (!e.currentTarget.hasPointerCapture(e.pointerId)) return;
    const box = track.current?.getBoundingClientRect();
    if (box) go(indexAtPointer(e.clientX, box.left, box.width, count));
  };
  const pct = (i: number) => trackPercent(i, count);

  return (
    <section className="timeline" aria-label="Timeline">
      <PlayButton playing={playing} onToggle={onTogglePlay} />
      <button
        type="button"
        className="step"
        aria-label="Previous month"
        onClick={() => go(index - 1)}
        disabled={index === 0}
      >
        ‹
      </button>
      <div className="timeline-body">
        <div
          id={SLIDER_ID}
          className="slider"
          role="slider"
          tabIndex={0}
          aria-label="Month"
          aria-valuemin={0}
          aria-valuemax={count - 1}
          aria-valuenow={index}
          aria-valuetext={current ? formatMonth(current.month) : undefined}
          onKeyDown={onKey}
          onPointerDown={onPointer}
          onPointerMove={onPointer}
        >
          <div className="track" ref={track}>
            <MethodBands months={months} />
            <span className="thumb" style={{ left: `${pct(index)}%` }} />
          </div>
        </div>
        <YearTicks months={months} />
      </div>
      <button
        type="button"
        className="step"
        aria-label="Next month"
        onClick={() => go(index + 1)}
        disabled={index >= count - 1}
      >
        ›
      </button>
      <p className="timeline-label" aria-live="polite">
        <strong>{current ? formatMonth(current.month) : "—"}</strong>{" "}
        <MethodBadge method={current?.method ?? null} />
      </p>
    </section>
  );
}
