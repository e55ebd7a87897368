"use client";
import { useState } from "react";
import { useLocationHref } from "../atlas/location";
import { type CiteInput, citation } from "./cite";
import "./cite.css";

/** The citation for the view on screen, to read or copy (loaded when "Cite this" is opened). */
export default function CiteText(props: Omit<CiteInput, "url" | "accessed">) {
  const href = useLocationHref();
  const [copied, setCopied] = useState("");
  const text = citation({ ...props, url: href, accessed: new Date() });
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
