"use client";
import { useState } from "react";

/** Why parts of the address were ignored; dismissable, announced once as an alert. */
export function Notices({ notices }: { notices: readonly string[] }) {
  const [open, setOpen] = useState(notices.length > 0);
  if (!open) return null;
  return (
    <div role="alert" className="notice">
      {notices.map((n) => (
        <p key={n}>{n}</p>
      ))}
      <button type="button" className="dismiss" onClick={() => setOpen(false)}>
        Dismiss
      </button>
    </div>
  );
}
