/**
 * Moves the keyboard focus to the element `selector` names as soon as it is on the page (a lazy
 * card appears a few frames after it is chosen); gives up after `timeoutMs`. Returns the cancel.
 * Used after a search: the reader lands on the card they asked for, not 70 Tabs before it.
 */
export function focusWhenShown(selector: string, timeoutMs = 3000): () => void {
  const until = performance.now() + timeoutMs;
  let frame = 0;
  const look = () => {
    const el = document.querySelector<HTMLElement>(selector);
    if (el) {
      if (!el.hasAttribute("tabindex")) el.tabIndex = -1;
      el.focus();
      return;
    }
    if (performance.now() < until) frame = requestAnimationFrame(look);
  };
  frame = requestAnimationFrame(look);
  return () => cancelAnimationFrame(frame);
}
