"use client";
import type { ReactNode } from "react";
import { useState } from "react";

/**
 * The panel beside the map on a desktop; on a phone a bottom sheet over the map that starts
 * collapsed to its headline and expands with the handle.
 */
export function SidePanel({ headline, children }: { headline: ReactNode; children: ReactNode }) {
  const [open, setOpen] = useState(false);
  return (
    <aside className={`panel ${open ? "open" : ""}`} aria-label="Data panel">
      <button
        type="button"
        className="sheet-handle"
        aria-expanded={open}
        onClick={() => setOpen(!open)}
      >
        <span className="grip" aria-hidden="true" />
        {open ? "Show less" : "Show details"}
      </button>
      {headline}
      <div className="panel-body">{children}</div>
    </aside>
  );
}
