"use client";
import { useEffect, useRef, useState } from "react";

/** How long each month stays on screen while playing: long enough to read the headline number. */
export const PLAY_STEP_MS = 700;

/**
 * Play/pause over the timeline months. Starting at the end rewinds to the start; reaching the
 * end stops. `step` is read from a ref so a new callback each render does not restart the timer.
 */
export function usePlayback(months: readonly string[], month: string, step: (m: string) => void) {
  const [playing, setPlaying] = useState(false);
  const latest = useRef({ months, month, step });
  latest.current = { months, month, step };

  useEffect(() => {
    if (!playing) return;
    const timer = setInterval(() => {
      const { months: ms, month: m, step: go } = latest.current;
      const next = ms[ms.indexOf(m) + 1];
      if (next) go(next);
      else setPlaying(false);
    }, PLAY_STEP_MS);
    return () => clearInterval(timer);
  }, [playing]);

  const toggle = () => {
    const { months: ms, month: m, step: go } = latest.current;
    if (!playing && m === ms.at(-1) && ms[0]) go(ms[0]);
    setPlaying(!playing);
  };
  return { playing, toggle, stop: () => setPlaying(false) };
}
