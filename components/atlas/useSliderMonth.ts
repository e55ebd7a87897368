"use client";
import {
  startTransition,
  useCallback,
  useEffect,
  useLayoutEffect,
  useMemo,
  useRef,
  useState,
} from "react";
import { useSWRConfig } from "swr";
import { timelineMonths } from "@/lib/analytics/view-shape";
import type { MonthsResponse } from "@/lib/responses/schemas";
import type { Timeline, ViewState } from "@/lib/url-state/view-state";
import { frameFromCache } from "./frame-from-cache";
import { createMonthPath } from "./month-path";
import { usePrefetchMonths } from "./usePrefetchMonths";
import { useViewState } from "./useViewState";

/** Pause after which the page follows the slider: unnoticed after one step, shorter than a play step. */
const SETTLE_MS = 120;

/**
 * The month on screen and the slider's one-frame path. A step moves the slider (its cursor) and
 * shows its month on every map layer from the cache (every month's shares are prefetched) in one
 * frame; the page's month, and with it the header, panel, table and URL, follows once the slider
 * pauses, as an interruptible transition. Holding an arrow key thus costs one small frame per
 * month, not one page render per month. Months that do not come from the slider (Back/Forward,
 * the latest month arriving) move the cursor themselves.
 */
export function useSliderMonth(
  initial: ViewState,
  timeline: Timeline,
  index: MonthsResponse | null | undefined,
) {
  const latest = index?.latest ?? null;
  const latestRef = useRef(latest);
  latestRef.current = latest;
  const { cache } = useSWRConfig();
  const availableRef = useRef<ReadonlySet<string> | null>(null);
  const updateRef = useRef<(patch: Partial<ViewState>) => void>(() => {});
  const [path] = useState(() =>
    createMonthPath({
      initial: initial.month ?? latest ?? timeline.last,
      frameFor: (m) => frameFromCache(cache, m, availableRef.current),
      follow: (m) => startTransition(() => updateRef.current({ month: m })),
      settleMs: SETTLE_MS,
    }),
  );
  const slider = path.link;
  const onPop = useCallback(
    (next: ViewState) => path.jump(next.month ?? latestRef.current ?? timeline.last),
    [path, timeline.last],
  );
  const [state, update] = useViewState(initial, timeline, latest, onPop);
  updateRef.current = update;
  const month = state.month ?? latest ?? timeline.last;
  const months = useMemo(
    () => timelineMonths(index?.series ?? [], timeline.last),
    [index, timeline.last],
  );
  const monthList = useMemo(() => months.map((m) => m.month), [months]);
  usePrefetchMonths(
    useMemo(() => index?.months ?? [], [index]),
    monthList,
  );
  const available = useMemo(() => (index ? new Set(index.months) : null), [index]);
  availableRef.current = available;
  const setMonth = useCallback((m: string) => path.step(m), [path]);
  useEffect(() => () => path.dispose(), [path]);
  // "The latest month" is known once the month index loads (or changes with new data); a view
  // that follows the latest month moves its slider there, unless a step is on its way.
  const followsLatest = state.month === null;
  useLayoutEffect(() => {
    if (followsLatest && !path.pending()) slider.cursor.set(latest ?? timeline.last);
  }, [followsLatest, latest, path, slider, timeline.last]);
  return { slider, state, update, month, months, monthList, available, setMonth };
}
