"use client";
import { useState } from "react";
import { type CiteInput, citation } from "./cite";
import "./cite.css";

/** The citation for the view on screen, to read or copy (loaded when "Cite this" is opened). */
export default function CiteText(props: Omit<CiteInput, "accessed">) {
  const [copied, setCopied] = useState("");
  const text = citation({ ...props, accessed: new Date() });
  return (
    <>
      <p className="cite-text">{text}</p>
      <button
        type="button"
        onClick={async () => {
          try {
            await navigator.clipboard.writeText(text);
            setCopied("Citation copied");
          } catch {
            setCopied("Select the citation above to copy it");
          }
        }}
      >
        Copy citation
      </button>{" "}
      <span role="status">{copied}</span>
    </>
  );
}
