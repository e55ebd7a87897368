"use client";
import { useEffect, useRef, useState } from "react";
import type { MonthCursor } from "./month-cursor";
import { playStepMs } from "./play-step";

/**
 * Play/pause over the timeline months. Starting at the end rewinds to the start; reaching the
 * end stops. A month with data stays PLAY_STEP_MS, an empty month (a gap) only EMPTY_STEP_MS.
 * `step` is read from a ref so a new callback each render does not restart the timer.
 */
export function usePlayback(
  months: readonly string[],
  cursor: MonthCursor,
  step: (m: string) => void,
  hasData: (m: string) => boolean = () => true,
) {
  const [playing, setPlaying] = useState(false);
  const latest = useRef({ months, step, hasData });
  latest.current = { months, step, hasData };

  useEffect(() => {
    if (!playing) return;
    let timer: ReturnType<typeof setTimeout>;
    const advance = () => {
      const { months: ms, step: go, hasData: full } = latest.current;
      const next = ms[ms.indexOf(cursor.get()) + 1];
      if (!next) {
        setPlaying(false);
        return;
      }
      go(next);
      timer = setTimeout(advance, playStepMs(next, full));
    };
    timer = setTimeout(advance, playStepMs(cursor.get(), latest.current.hasData));
    return () => clearTimeout(timer);
  }, [playing, cursor]);

  const toggle = () => {
    const { months: ms, step: go } = latest.current;
    if (!playing && cursor.get() === ms.at(-1) && ms[0]) go(ms[0]);
    setPlaying(!playing);
  };
  return { playing, toggle, stop: () => setPlaying(false) };
}
