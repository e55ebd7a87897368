"use client";
import { useId } from "react";
import "./badge.css";

/** What each label means, in a sentence a reader needs before quoting a number. */
const BADGE_MEANING: Readonly<Record<string, string>> = {
  measured:
    "Measured: CCAF's extrapolation to the whole network from the IP addresses of miners at a sample of pools (about 35–37 % of hashrate). The only measured series; it ends in January 2022.",
  reported:
    "Reported: a figure someone published, quoted as published. Only the countries it names are known; the rest is unknown, not zero.",
  estimated:
    "Estimated: a range computed from evidence (a utility's energy or load, listed miners' disclosed hashrate, energized site load), each turned into hashrate with the month's network hashrate, CBECI's efficiency band and a PUE band. Never a published figure, never mixed with measured or reported shares.",
  "medium confidence":
    "Medium confidence: a named publisher relayed by the press. Used as a reported month only when it names countries for at least half of the hashrate.",
  "low confidence":
    "Low confidence: unattributed, a single uncorroborated page, or conflicting with other figures. Shown as a claim only: never on the map, in the Global South series or in alerts.",
  "low-confidence source":
    "Low-confidence source: an unattributed, aggregator-rewritten or undated page for this site's fact. The site is drawn and listed, badged, but counted in no total and raises no alert.",
  none: "No data: no measured or reported source covers this month. A gap, never filled in (an estimate from evidence, where there is one, is shown apart).",
  GS: "GS: in the selected Global South definition.",
};

/**
 * A label such as "measured" or "reported" that explains itself: on hover and on keyboard focus
 * a note says what it means (and screen readers read it as the label's description).
 */
export function Badge({ label, className }: { label: string; className: string }) {
  const id = useId();
  const meaning = BADGE_MEANING[label];
  if (!meaning) return <span className={className}>{label}</span>;
  return (
    <span className="badge-wrap">
      {/* A toggletip: focusable like a button, its note shown on hover and focus; Escape hides it. */}
      <button
        type="button"
        className={`badge ${className}`}
        aria-describedby={id}
        onKeyDown={(e) => e.key === "Escape" && e.currentTarget.blur()}
      >
        {label}
      </button>
      <span role="tooltip" id={id} className="badge-tip">
        {meaning}
      </span>
    </span>
  );
}

/** A method badge: measured, reported, or "no data" for a gap. */
export function MethodBadge({ method }: { method: string | null }) {
  return <Badge label={method ?? "none"} className={`method method-${method ?? "none"}`} />;
}
