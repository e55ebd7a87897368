"use client";
import { lazy, Suspense, useState } from "react";
import type { CiteInput } from "./cite";
import "./cite.css";

const CiteText = lazy(() => import("./CiteText"));

/** "Cite this": opens on the citation of the view on screen (its code loads when first opened). */
export function CiteThis(props: Omit<CiteInput, "accessed">) {
  const [open, setOpen] = useState(false);
  return (
    <details className="cite" onToggle={(e) => setOpen(e.currentTarget.open)}>
      <summary>Cite this</summary>
      {open ? (
        <Suspense fallback={<p>Loading the citation…</p>}>
          <CiteText {...props} />
        </Suspense>
      ) : null}
    </details>
  );
}
