"use client";
import type { ChangeEvent, ReactNode } from "react";
import { useEffect, useState } from "react";
import { useEscape } from "../hooks/useEscape";
import "../panel/panel.css";

/**
 * The phone's sheet: its headline only, half open on a country's card, open in full, or half
 * open on the control just used (a layer switch: the map above shows what it changed).
 */
type Sheet = "collapsed" | "card" | "open" | "control";

/**
 * The panel beside the map on a desktop; on a phone a bottom sheet that starts collapsed to its
 * headline under the timeline and expands with the handle. A chosen country opens it halfway,
 * on the country's card, so the map stays in view; closing the card collapses it again.
 */
export function SidePanel({
  headline,
  children,
  country,
}: {
  headline: ReactNode;
  children: ReactNode;
  /** The selected country, whose card the sheet shows. */
  country: string | null;
}) {
  const [sheet, setSheet] = useState<Sheet>("collapsed");
  useEffect(() => {
    setSheet((s) => (country ? (s === "collapsed" ? "card" : s) : s === "card" ? "collapsed" : s));
  }, [country]);
  // Escape collapses the open sheet (after a card inside it has closed: one press each).
  useEscape(sheet === "open" ? () => setSheet(country ? "card" : "collapsed") : null);
  const open = sheet === "open" || sheet === "control";
  // A map layer switched in the open sheet: the sheet drops to half height with the switch still
  // in view, so the map shows the switch's effect (on a desktop the class changes nothing).
  const onChange = (e: ChangeEvent<HTMLElement>) => {
    const control = e.target.closest("fieldset.layers");
    if (!control || sheet !== "open") return;
    setSheet("control");
    requestAnimationFrame(() => control.scrollIntoView({ block: "nearest" }));
  };
  return (
    <aside className={`panel sheet-${sheet}`} aria-label="Data panel" onChange={onChange}>
      <button
        type="button"
        className="sheet-handle"
        aria-expanded={open}
        onClick={() => setSheet(open ? (country ? "card" : "collapsed") : "open")}
      >
        <span className="grip" aria-hidden="true" />
        {open ? "Show less" : "Show details"}
      </button>
      {headline}
      <div className="panel-body">{children}</div>
    </aside>
  );
}
