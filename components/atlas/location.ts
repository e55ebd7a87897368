import { useSyncExternalStore } from "react";
import { type Pin, pinnedLink } from "@/lib/url-state/pin";

/**
 * Fired after the view state is written to the address bar: pushState/replaceState fire no event
 * of their own, and the URL is written a little after the state changes (see useViewState).
 */
export const URL_WRITTEN_EVENT = "atlas:url-written";

function subscribe(onChange: () => void): () => void {
  window.addEventListener(URL_WRITTEN_EVENT, onChange);
  window.addEventListener("popstate", onChange);
  return () => {
    window.removeEventListener(URL_WRITTEN_EVENT, onChange);
    window.removeEventListener("popstate", onChange);
  };
}

/** The address bar's current URL, re-rendering whenever the view writes a new one. */
export function useLocationHref(): string {
  return useSyncExternalStore(
    subscribe,
    () => window.location.href,
    () => "",
  );
}

/**
 * The address to hand out (copy, cite, embed, QR): the address bar's, with the month and the
 * selected country always written out. "" until mounted.
 */
export function usePinnedHref(pin: Pin): string {
  const href = useLocationHref();
  return href ? pinnedLink(href, pin) : "";
}
