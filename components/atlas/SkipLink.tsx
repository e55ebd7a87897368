"use client";
import { SLIDER_ID } from "../timeline/Timeline";

/**
 * The first tab stop: straight to the month slider, past the header and the map. Focuses the
 * slider itself (a plain fragment link would also write `#…` into the view's URL).
 */
export function SkipLink() {
  return (
    <a
      className="skip-link"
      href={`#${SLIDER_ID}`}
      onClick={(e) => {
        e.preventDefault();
        document.getElementById(SLIDER_ID)?.focus();
      }}
    >
      Skip to the timeline
    </a>
  );
}
