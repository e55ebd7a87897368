import { useEffect, useRef } from "react";

/**
 * Escape closes what is open, one thing per press, innermost first: a card (`inner`) listens on
 * the document, the sheet around it on the window, which the key reaches after the document
 * whichever opened first. The first to act marks the key handled and the others leave it; a
 * key already handled (the map leaving a country, a list box closing) closes nothing.
 */
export function useEscape(close: (() => void) | null, inner = false): void {
  const latest = useRef(close);
  latest.current = close;
  const active = close !== null;
  useEffect(() => {
    if (!active) return;
    const onKey = (e: KeyboardEvent) => {
      if (e.key !== "Escape" || e.defaultPrevented || !latest.current) return;
      e.preventDefault();
      latest.current();
    };
    const target: Document | Window = inner ? document : window;
    target.addEventListener("keydown", onKey as EventListener);
    return () => target.removeEventListener("keydown", onKey as EventListener);
  }, [active, inner]);
}
