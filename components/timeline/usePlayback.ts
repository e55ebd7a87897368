"use client";
import { useEffect, useRef, useState } from "react";
import type { MonthCursor } from "./month-cursor";

/** How long each month stays on screen while playing: long enough to read the headline number. */
export const PLAY_STEP_MS = 700;

/**
 * Play/pause over the timeline months. Starting at the end rewinds to the start; reaching the
 * end stops. `step` is read from a ref so a new callback each render does not restart the timer.
 */
export function usePlayback(
  months: readonly string[],
  cursor: MonthCursor,
  step: (m: string) => void,
) {
  const [playing, setPlaying] = useState(false);
  const latest = useRef({ months, step });
  latest.current = { months, step };

  useEffect(() => {
    if (!playing) return;
    const timer = setInterval(() => {
      const { months: ms, step: go } = latest.current;
      const next = ms[ms.indexOf(cursor.get()) + 1];
      if (next) go(next);
      else setPlaying(false);
    }, PLAY_STEP_MS);
    return () => clearInterval(timer);
  }, [playing, cursor]);

  const toggle = () => {
    const { months: ms, step: go } = latest.current;
    if (!playing && cursor.get() === ms.at(-1) && ms[0]) go(ms[0]);
    setPlaying(!playing);
  };
  return { playing, toggle, stop: () => setPlaying(false) };
}
