import type { ClipboardEvent } from "react";

/**
 * Copying a figure copies what it is too: whatever part of the headline the reader selected is
 * followed by the figure in full (a range where it is one), its month, definition, method and
 * source, and the view's address — "24.24%" alone is no quotable number.
 */
export function copyWithContext(context: () => string | null) {
  return (e: ClipboardEvent<HTMLElement>) => {
    const selected = window.getSelection()?.toString().trim();
    const about = context();
    if (!selected || !about) return;
    e.preventDefault();
    e.clipboardData.setData("text/plain", `${selected} — ${about}`);
  };
}
