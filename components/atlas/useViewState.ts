"use client";
import { useCallback, useEffect, useState } from "react";
import {
  parseSearch,
  serializeViewState,
  type Timeline,
  type ViewState,
} from "@/app/search-params";

/** URL writes wait this long after the last change, so scrubbing the slider is not slowed by history updates. */
const URL_WRITE_DELAY_MS = 150;

/**
 * The view state, mirrored into the address bar through the one typed module
 * (app/search-params.ts): the same parse the server used, the same serialize (defaults left out).
 */
export function useViewState(initial: ViewState, timeline: Timeline, latest: string | null) {
  const [state, setState] = useState(initial);

  useEffect(() => {
    const timer = setTimeout(() => {
      const search = serializeViewState(state, latest);
      if (search !== window.location.search)
        window.history.replaceState(null, "", `${window.location.pathname}${search}`);
    }, URL_WRITE_DELAY_MS);
    return () => clearTimeout(timer);
  }, [state, latest]);

  useEffect(() => {
    const onPop = () => setState(parseSearch(window.location.search, timeline).state);
    window.addEventListener("popstate", onPop);
    return () => window.removeEventListener("popstate", onPop);
  }, [timeline]);

  const update = useCallback(
    (patch: Partial<ViewState>) => setState((s) => ({ ...s, ...patch })),
    [],
  );
  return [state, update] as const;
}
