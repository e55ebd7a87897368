"use client";
import { useCallback, useEffect, useRef, useState } from "react";
import { serializeViewState } from "@/lib/url-state/serialize";
import type { Timeline, ViewState } from "@/lib/url-state/view-state";
import { URL_WRITTEN_EVENT } from "./location";

/** URL writes wait this long after the last change, so scrubbing the slider is not slowed by history updates. */
const URL_WRITE_DELAY_MS = 150;

/**
 * The view state, mirrored into the address bar through the one typed module
 * (lib/url-state/): the same parse the server used, the same serialize (defaults left out).
 */
export function useViewState(
  initial: ViewState,
  timeline: Timeline,
  latest: string | null,
  /** Told of every Back/Forward before it is applied (the slider's cursor follows it). */
  onPop?: (state: ViewState) => void,
) {
  const [state, setState] = useState(initial);
  const popped = useRef(onPop);
  popped.current = onPop;
  // Deliberate changes (definition, layers, country, compare) get their own history entry, so
  // Back undoes them; month and map moves only replace the current entry, so scrubbing the
  // slider or panning does not flood the history.
  const pushNext = useRef(false);

  useEffect(() => {
    const timer = setTimeout(() => {
      const search = serializeViewState(state, latest);
      if (search === window.location.search) return;
      const url = `${window.location.pathname}${search}`;
      if (pushNext.current) window.history.pushState(null, "", url);
      else window.history.replaceState(null, "", url);
      pushNext.current = false;
      window.dispatchEvent(new Event(URL_WRITTEN_EVENT));
    }, URL_WRITE_DELAY_MS);
    return () => clearTimeout(timer);
  }, [state, latest]);

  useEffect(() => {
    const onPop = async () => {
      // The URL parser (zod's parameter table) loads on the first Back, not with the page.
      const { parseSearch } = await import("@/lib/url-state/parse");
      const next = parseSearch(window.location.search, timeline).state;
      popped.current?.(next);
      setState(next);
    };
    window.addEventListener("popstate", onPop);
    return () => window.removeEventListener("popstate", onPop);
  }, [timeline]);

  const update = useCallback((patch: Partial<ViewState>) => {
    if (Object.keys(patch).some((k) => k !== "month" && k !== "view")) pushNext.current = true;
    setState((s) => ({ ...s, ...patch }));
  }, []);
  return [state, update] as const;
}
