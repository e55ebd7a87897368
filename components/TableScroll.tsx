"use client";
import { type ReactNode, useEffect, useRef, useState } from "react";

/**
 * A wide table's box: on a narrow screen the table scrolls inside it and the page never scrolls
 * sideways. Focusable and named, so a keyboard can scroll it too. When the table is wider than
 * the box, a line says so and shadows mark the edge with more columns, so a cut-off column (a
 * phone's "Figure") is never silently missing.
 */
export function TableScroll({ label, children }: { label: string; children: ReactNode }) {
  const box = useRef<HTMLElement>(null);
  const [wider, setWider] = useState(false);
  useEffect(() => {
    const el = box.current;
    if (!el) return;
    const check = () => setWider(el.scrollWidth > el.clientWidth + 1);
    check();
    const watch = new ResizeObserver(check);
    watch.observe(el);
    return () => watch.disconnect();
  }, []);
  return (
    <>
      {wider ? (
        <p className="table-scroll-hint" aria-hidden="true">
          Scroll the table sideways for more columns →
        </p>
      ) : null}
      <section
        ref={box}
        className="table-scroll"
        aria-label={wider ? `${label} (scrolls sideways)` : label}
        // biome-ignore lint/a11y/noNoninteractiveTabindex: a scrollable region must be reachable by keyboard (WCAG 2.1.1).
        tabIndex={0}
        data-wider={wider}
      >
        {children}
      </section>
    </>
  );
}
