"use client";
import type { ReactNode } from "react";
import { useEffect, useState } from "react";
import { useEscape } from "../hooks/useEscape";

/**
 * The panel beside the map on a desktop; on a phone a bottom sheet over the map that starts
 * collapsed to its headline and expands with the handle.
 */
export function SidePanel({
  headline,
  children,
  country,
}: {
  headline: ReactNode;
  children: ReactNode;
  /** A newly selected country (a tap on the map) opens the sheet to show its panel. */
  country: string | null;
}) {
  const [open, setOpen] = useState(false);
  useEffect(() => {
    if (country) setOpen(true);
  }, [country]);
  // Escape collapses the sheet (after a card inside it has closed, one press each).
  useEscape(open ? () => setOpen(false) : null);
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
